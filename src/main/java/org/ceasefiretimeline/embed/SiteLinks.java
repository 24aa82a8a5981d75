package org.ceasefiretimeline.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses on this site, from the origin a request reached it at ({@code
 * https://timeline.example}): link previews, oEmbed and the copied snippets need absolute ones.
 */
public record SiteLinks(String origin) {

    static SiteLinks of(HttpServletRequest request) {
        return new SiteLinks(
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    public String home() {
        return origin + "/";
    }

    public String readerRound(String slug) {
        return origin + "/rounds/" + slug;
    }

    /** The embed page of a round with a query ({@link EmbedQuery#on}), or of all rounds. */
    public String embed(String pathAndQuery) {
        return origin + "/embed/" + pathAndQuery;
    }

    public String oembed(String url) {
        return origin + "/oembed?format=json&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    public String resizeScript() {
        return origin + "/embed/resize.js";
    }
}
