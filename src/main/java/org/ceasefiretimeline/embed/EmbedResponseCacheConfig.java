package org.ceasefiretimeline.embed;

import jakarta.servlet.DispatcherType;
import org.ceasefiretimeline.timeline.DataVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * {@link EmbedResponseCache} on the embed pages, oEmbed and the JSON API, first of all filters:
 * before Spring Security's and the reader's, so a kept answer costs no more than writing it.
 */
@Configuration
@ConditionalOnWebApplication
class EmbedResponseCacheConfig {

    @Bean
    FilterRegistrationBean<EmbedResponseCache> embedResponseCache(
            ObjectProvider<DataVersion> dataVersion,
            ServerProperties server,
            @Value("${ceasefire.embed.response-cache-size:32MB}") DataSize size) {
        Compression compression = server.getCompression();
        FilterRegistrationBean<EmbedResponseCache> registration =
                new FilterRegistrationBean<>(
                        new EmbedResponseCache(
                                dataVersion::getObject,
                                EmbedResponseCache.Compression.of(
                                        compression.getEnabled(),
                                        compression.getMimeTypes(),
                                        compression.getMinResponseSize().toBytes()),
                                size.toBytes()));
        registration.addUrlPatterns("/embed/*", "/api/v1/*", "/oembed");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("embedResponseCache");
        return registration;
    }
}
