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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Gives a page load for a path with no page the HTTP status 404. Vaadin serves the same bootstrap
 * page for every path with 200 and shows {@link NotFoundView} only once the browser asks for the
 * route; this filter decides first, from the route registry and each feature's {@link
 * PageExistence}, and keeps the 404 on the response. Vaadin's own requests, static files, paths a
 * Spring MVC controller answers (the JSON API, the embed pages) and everything but GET pass
 * untouched.
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

    private final ObjectProvider<RequestMappingHandlerMapping> controllers;

    PageStatusFilter(
            ObjectProvider<PageExistence> pages,
            @Qualifier("requestMappingHandlerMapping")
                    ObjectProvider<RequestMappingHandlerMapping> controllers) {
        this.pages = pages;
        this.controllers = controllers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || path.startsWith("/VAADIN/")
                || path.startsWith("/HEARTBEAT")
                || path.startsWith("/actuator/health")
                || isStatelessPath(path)
                || isStaticFile(path)
                || isForController(request);
    }

    /**
     * The embed pages, oEmbed and the API answer every path under them themselves, unknown ones
     * with 404: told apart by their prefix, without a resource or handler lookup, since they carry
     * the most requests.
     */
    private static boolean isStatelessPath(String path) {
        return path.startsWith("/embed/") || path.startsWith("/api/") || path.equals("/oembed");
    }

    /**
     * Whether a controller's mapping matches the request; one that matches it but for its method or
     * media type answers its own error.
     */
    private boolean isForController(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = controllers.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        // the mappings match on the parsed path, which the DispatcherServlet parses only later
        RequestPath previous =
                ServletRequestPathUtils.hasParsedRequestPath(request)
                        ? ServletRequestPathUtils.getParsedRequestPath(request)
                        : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception partlyMatched) {
            return true;
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
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
