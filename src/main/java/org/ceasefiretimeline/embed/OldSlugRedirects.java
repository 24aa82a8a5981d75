package org.ceasefiretimeline.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an address with a round's old slug (a round merged into another, {@code
 * timeline.RoundSlugs}) leads now: the same address with the current slug in its path ({@code
 * /embed/rounds/{old}}, {@code /api/v1/rounds/{old}/events.csv}) or as its {@code round} parameter
 * ({@code /api/v1/events?round={old}}), the rest of the query as it was. The fragment is the
 * browser's: it keeps {@code #event-…} across a redirect whose {@code Location} has none.
 */
public final class OldSlugRedirects {

    private OldSlugRedirects() {}

    /** The path and query to answer 301 with. */
    public static String location(HttpServletRequest request, String old, String current) {
        String uri = request.getRequestURI();
        String segment = "/rounds/" + old;
        int at = uri.indexOf(segment);
        int end = at + segment.length();
        if (at >= 0 && (end == uri.length() || uri.charAt(end) == '/')) {
            uri = uri.substring(0, at) + "/rounds/" + current + uri.substring(end);
        }
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return uri;
        }
        query =
                Pattern.compile("(^|&)round=" + Pattern.quote(old) + "(?=&|$)")
                        .matcher(query)
                        .replaceAll("$1round=" + Matcher.quoteReplacement(current));
        return uri + "?" + query;
    }
}
