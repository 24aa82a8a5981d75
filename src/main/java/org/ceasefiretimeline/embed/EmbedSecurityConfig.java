package org.ceasefiretimeline.embed;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The embed pages, oEmbed and the JSON API sit on news sites read by many at once: they are
 * anonymous, read-only and stateless. This chain, before the Vaadin one, keeps every request on
 * those paths from making an HTTP session or setting any cookie (no saved request, no CSRF token,
 * no security context in a session), and lets the configured origins frame them.
 */
@Configuration
@ConditionalOnWebApplication
class EmbedSecurityConfig {

    static final List<String> STATELESS_PATHS = List.of("/embed/**", "/oembed", "/api/**");

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    @Order(1)
    SecurityFilterChain embedFilterChain(
            HttpSecurity http,
            @Value("${ceasefire.embed.allowed-origins:*}") List<String> allowedOrigins)
            throws Exception {
        FrameAncestors frameAncestors = new FrameAncestors(allowedOrigins);
        // path patterns, not MVC matchers: no handler lookup per request on the busiest paths
        RequestMatcher statelessPaths =
                new OrRequestMatcher(
                        STATELESS_PATHS.stream()
                                .map(
                                        p ->
                                                (RequestMatcher)
                                                        PathPatternRequestMatcher.withDefaults()
                                                                .matcher(p))
                                .toList());
        return http.securityMatcher(statelessPaths)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .logout(logout -> logout.disable())
                // nothing here changes state and nothing reads a cookie: no token to protect
                .csrf(csrf -> csrf.disable())
                // no CORS filter here: preflights pass (OPTIONS is allowed) and Spring MVC answers
                // CORS for each path as it is declared there (api.ApiCors)
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
                                auth.requestMatchers(r -> READ_METHODS.contains(r.getMethod()))
                                        .permitAll()
                                        .anyRequest()
                                        .denyAll())
                .build();
    }
}
