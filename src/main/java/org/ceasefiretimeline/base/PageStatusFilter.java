package org.ceasefiretimeline.base;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.MalformedURLException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a page load for a path with no page the HTTP status 404. Vaadin serves the same bootstrap
 * page for every path with 200 and shows {@link NotFoundView} only once the browser asks for the
 * route; this filter decides first, from the route registry and each feature's {@link
 * PageExistence}, and keeps the 404 on the response. Vaadin's own requests, static files and
 * everything but GET pass untouched.
 */
@Component
@ConditionalOnWebApplication
// after the features' redirects (an old round's address answers 301, not 404)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageStatusFilter extends OncePerRequestFilter {

    /**
     * Looked up per request: a filter is made while the web server starts, before the features'
     * beans.
     */
    private final ObjectProvider<PageExistence> pages;

    PageStatusFilter(ObjectProvider<PageExistence> pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || path.startsWith("/VAADIN/")
                || path.startsWith("/HEARTBEAT")
                || path.startsWith("/actuator/health")
                || isStaticFile(path);
    }

    /**
     * A file Vaadin serves as it is (the favicon): from the web app, or from {@code
     * META-INF/resources} in the jar.
     */
    private boolean isStaticFile(String path) {
        if (path.equals("/") || path.endsWith("/")) {
            return false;
        }
        try {
            return getServletContext().getResource(path) != null
                    || PageStatusFilter.class
                                    .getClassLoader()
                                    .getResource("META-INF/resources" + path)
                            != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPage(path.startsWith("/") ? path.substring(1) : path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(
                request,
                new HttpServletResponseWrapper(response) {
                    @Override
                    public void setStatus(int status) {
                        // Vaadin's bootstrap page says 200; a redirect or an error of its own still
                        // goes through
                        if (status != HttpServletResponse.SC_OK) {
                            super.setStatus(status);
                        }
                    }
                });
    }

    private boolean isPage(String path) {
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()));
        NavigationRouteTarget target = routes.getNavigationRouteTarget(path);
        return target.hasTarget()
                && pages.stream()
                        .allMatch(
                                p ->
                                        p.exists(
                                                target.getRouteTarget().getTarget(),
                                                target.getRouteParameters()));
    }
}
