package org.ceasefiretimeline.editor;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Readers are anonymous; editor views need the EDITOR role (Vaadin's view access control reads the
 * annotations on each view); anyone may read /actuator/health. CSRF stays on; reader pages may be
 * framed by this site only, editor pages by none. Not loaded for the command-line import, which
 * starts no web server.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            EditorUserDetails editors,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authenticationProvider(new EditorAuthentication(editors, encoder, attempts));
        // health and its probes for load balancers; every other actuator endpoint stays unexposed
        // or behind login
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; everything else, the login form
        // included, needs ours
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // reader pages may be framed by this site only; editor pages (the login page with them) by
        // none, so no other page can overlay an editor's clicks. The embed paths have a chain of
        // their own (embed.EmbedSecurityConfig).
        RequestMatcher editorPages =
                new OrRequestMatcher(
                        Stream.of("/editor", "/editor/**", "/login")
                                .map(
                                        path ->
                                                (RequestMatcher)
                                                        PathPatternRequestMatcher.withDefaults()
                                                                .matcher(path))
                                .toList());
        http.headers(
                headers ->
                        headers.frameOptions(frame -> frame.disable())
                                .addHeaderWriter(
                                        new DelegatingRequestMatcherHeaderWriter(
                                                editorPages,
                                                framing(XFrameOptionsMode.DENY, "'none'")))
                                .addHeaderWriter(
                                        new DelegatingRequestMatcherHeaderWriter(
                                                new NegatedRequestMatcher(editorPages),
                                                framing(XFrameOptionsMode.SAMEORIGIN, "'self'"))));
        // editor pages need a login before any of them is served; every other path reaches Vaadin's
        // router, which
        // checks each view's own access and answers 404 for paths that are no view
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/editor", "/editor/**").authenticated());
        // after login, where the editor was going, never a page saved on an earlier visit; the
        // login page named here too, or Spring Security would serve its own generated one
        http.formLogin(
                form ->
                        form.loginPage("/login")
                                .withObjectPostProcessor(
                                        new ObjectPostProcessor<
                                                UsernamePasswordAuthenticationFilter>() {
                                            @Override
                                            public <O extends UsernamePasswordAuthenticationFilter>
                                                    O postProcess(O filter) {
                                                filter.setAuthenticationSuccessHandler(
                                                        new LoginSuccess());
                                                return filter;
                                            }
                                        }));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin ->
                                vaadin.loginView(LoginView.class, "/")
                                        .enableCsrfConfiguration(false)
                                        .anyRequest(AuthorizedUrl::permitAll))
                .build();
    }

    private static HeaderWriter framing(XFrameOptionsMode mode, String ancestors) {
        return new CompositeHeaderWriter(
                List.of(
                        new XFrameOptionsHeaderWriter(mode),
                        new ContentSecurityPolicyHeaderWriter("frame-ancestors " + ancestors)));
    }
}
