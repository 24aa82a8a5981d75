package org.ceasefiretimeline.embed;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may frame the embed pages and the API: the origins in {@code ceasefire.embed.allowed-origins}
 * ({@code *} for any site, the default), always this site itself, whose share dialog previews the
 * embed.
 */
record FrameAncestors(List<String> origins) {

    /** A scheme and host with an optional port, or {@code *}: nothing that could end the header. */
    private static final Pattern ORIGIN =
            Pattern.compile("\\*|https?://(\\*\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?");

    FrameAncestors {
        origins = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException(
                        "ceasefire.embed.allowed-origins: not an origin like https://news.example: "
                                + origin);
            }
        }
        if (origins.isEmpty()) {
            origins = List.of("*");
        }
    }

    /** The Content-Security-Policy directive. */
    String directive() {
        return Stream.concat(Stream.of("'self'"), origins.stream())
                .collect(Collectors.joining(" ", "frame-ancestors ", ""));
    }
}
