package org.ceasefiretimeline.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/**
 * An oEmbed 1.0 answer of type {@code rich}: our iframe with its resize snippet ({@code
 * embed/snippet.jte}).
 */
record OEmbedAnswer(
        String version,
        String type,
        String title,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("provider_url") String providerUrl,
        @JsonProperty("cache_age") long cacheAge,
        String html,
        int width,
        int height) {

    static final int WIDTH = 720;

    /** The iframe's height before its page tells the resize snippet its real one. */
    static final int HEIGHT = 800;

    /** The HTML holds no data, only the iframe, so consumers may keep it for a day. */
    private static final long CACHE_AGE_SECONDS = 86_400;

    static OEmbedAnswer of(
            SiteLinks links, RoundSummary round, String html, int width, int height) {
        return new OEmbedAnswer(
                "1.0",
                "rich",
                round.name(),
                "Ceasefire Timeline",
                links.home(),
                CACHE_AGE_SECONDS,
                html,
                width,
                height);
    }
}
