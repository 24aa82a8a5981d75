package org.ceasefiretimeline.embed.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Any site may read the API, its OpenAPI description and the web component's script (a module
 * script from another origin loads only with CORS): GET and HEAD, no credentials, and the
 * validators exposed so that scripts can revalidate.
 */
@Configuration
class ApiCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path :
                new String[] {"/api/**", "/v3/api-docs/**", "/embed/ceasefire-timeline.js"}) {
            registry.addMapping(path)
                    .allowedOrigins("*")
                    .allowedMethods("GET", "HEAD")
                    .allowedHeaders("*")
                    .exposedHeaders("ETag", "Last-Modified")
                    .allowCredentials(false)
                    .maxAge(86400);
        }
    }
}
