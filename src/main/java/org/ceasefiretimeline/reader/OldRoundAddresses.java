package org.ceasefiretimeline.reader;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.timeline.RoundSlugs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A round merged into another keeps its address: {@code /rounds/{old}} and everything under it
 * answer 301 with the same path under the round that holds its events now, whatever that round is
 * called today. Before the page-status filter, which would call the old slug unknown; after the
 * embed response cache, the first of all filters.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OldRoundAddresses extends OncePerRequestFilter {

    private static final Pattern ROUND_PATH = Pattern.compile("^/rounds/([^/]+)(/.*)?$");

    /** Looked up per request: filters are made before the features' beans. */
    private final ObjectProvider<RoundSlugs> slugs;

    OldRoundAddresses(ObjectProvider<RoundSlugs> slugs) {
        this.slugs = slugs;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = ROUND_PATH.matcher(path);
        if (m.matches()) {
            String slug = m.group(1);
            String current = slugs.getObject().currentSlug(slug).orElse(slug);
            if (!current.equals(slug)) {
                String rest = m.group(2) == null ? "" : m.group(2);
                String query =
                        request.getQueryString() == null ? "" : "?" + request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(
                        "Location", request.getContextPath() + "/rounds/" + current + rest + query);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
