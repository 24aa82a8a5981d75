package org.ceasefiretimeline.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The round page an oEmbed request names, on this site: {@code /rounds/{slug}}, {@code
 * /rounds/{slug}/events/{id}} (the reader's deep link) or {@code
 * /embed/rounds/{slug}?…#event-{id}}, with the embed's query and the event to open.
 *
 * @param event the event to open, or null
 */
record OEmbedTarget(String slug, EmbedQuery query, Long event) {

    private static final Pattern PATH =
            Pattern.compile("/(?:embed/)?rounds/([a-z0-9-]+)(?:/events/(\\d+))?/?");
    private static final Pattern EVENT_FRAGMENT = Pattern.compile("event-(\\d+)");

    /** Empty for another site's address, another page of ours or a query with a mistake. */
    static Optional<OEmbedTarget> parse(String url, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null
                || !uri.getHost().equalsIgnoreCase(request.getServerName())
                || port(uri) != request.getServerPort()
                || uri.getRawPath() == null) {
            return Optional.empty();
        }
        Matcher path = PATH.matcher(uri.getPath());
        if (!path.matches()) {
            return Optional.empty();
        }
        Long event = path.group(2) == null ? null : Long.valueOf(path.group(2));
        if (uri.getFragment() != null) {
            Matcher fragment = EVENT_FRAGMENT.matcher(uri.getFragment());
            if (fragment.matches()) {
                event = Long.valueOf(fragment.group(1));
            }
        }
        try {
            EmbedQuery query =
                    EmbedQuery.of(
                            UriComponentsBuilder.fromUri(uri)
                                    .build()
                                    .getQueryParams()
                                    .entrySet()
                                    .stream()
                                    .collect(
                                            Collectors.toMap(
                                                    Map.Entry::getKey,
                                                    e ->
                                                            e.getValue().stream()
                                                                    .map(OEmbedTarget::decode)
                                                                    .toArray(String[]::new))));
            return Optional.of(new OEmbedTarget(path.group(1), query, event));
        } catch (BadEmbedQueryException e) {
            return Optional.empty();
        }
    }

    private static String decode(String value) {
        return value == null
                ? ""
                : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The embed page's address for the iframe. */
    String embedUrl(SiteLinks links) {
        return links.embed(query.on("rounds/" + slug)) + (event == null ? "" : "#event-" + event);
    }
}
