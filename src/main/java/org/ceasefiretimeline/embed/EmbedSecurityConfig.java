package org.ceasefiretimeline.embed;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embed pages, oEmbed and the JSON API sit on news sites read by many at once: they are
 * anonymous, read-only and stateless. This chain, before the Vaadin one, keeps every request on
 * those paths from making an HTTP session or setting any cookie (no saved request, no CSRF token,
 * no security context in a session), and lets the configured origins frame them.
 */
@Configuration
@ConditionalOnWebApplication
class EmbedSecurityConfig {

    static final String[] STATELESS_PATHS = {"/embed/**", "/oembed", "/api/**"};

    @Bean
    @Order(1)
    SecurityFilterChain embedFilterChain(
            HttpSecurity http,
            @Value("${ceasefire.embed.allowed-origins:*}") List<String> allowedOrigins)
            throws Exception {
        FrameAncestors frameAncestors = new FrameAncestors(allowedOrigins);
        return http.securityMatcher(STATELESS_PATHS)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                // nothing here changes state and nothing reads a cookie: no token to protect
                .csrf(csrf -> csrf.disable())
                // CORS as Spring MVC declares it for each handler (the API allows GET from
                // anywhere)
                .cors(Customizer.withDefaults())
                .headers(
                        headers ->
                                headers
                                        // X-Frame-Options cannot name several origins; the CSP does
                                        .frameOptions(frame -> frame.disable())
                                        .contentSecurityPolicy(
                                                csp ->
                                                        csp.policyDirectives(
                                                                frameAncestors.directive()))
                                        // each handler says how long its answer may be cached
                                        .cacheControl(cache -> cache.disable()))
                .authorizeHttpRequests(
                        auth ->
                                auth.requestMatchers(HttpMethod.GET, STATELESS_PATHS)
                                        .permitAll()
                                        .requestMatchers(HttpMethod.HEAD, STATELESS_PATHS)
                                        .permitAll()
                                        .requestMatchers(HttpMethod.OPTIONS, STATELESS_PATHS)
                                        .permitAll()
                                        .anyRequest()
                                        .denyAll())
                .build();
    }
}
