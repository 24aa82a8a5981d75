package org.ceasefiretimeline.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * The code a newsroom copies to embed a round, as text to paste: the iframe with the resize snippet
 * (what {@code /oembed} answers, checked by a test), the oEmbed address and the web component.
 *
 * @param origin this site as the reader reached it, e.g. {@code https://timeline.example}
 * @param dark whether the embed uses the dark theme
 */
record EmbedCodes(String origin, String slug, String title, boolean dark) {

    static final int WIDTH = 720;
    static final int HEIGHT = 800;

    String embedPage() {
        return origin + "/embed/rounds/" + slug + (dark ? "?theme=dark" : "");
    }

    String iframe() {
        return "<iframe src=\""
                + HtmlUtils.htmlEscape(embedPage())
                + "\" title=\""
                + HtmlUtils.htmlEscape("Ceasefire timeline: " + title)
                + "\" data-ceasefire-timeline width=\""
                + WIDTH
                + "\" height=\""
                + HEIGHT
                + "\" style=\"border:0;width:100%;max-width:"
                + WIDTH
                + "px\" loading=\"lazy\"></iframe><script async src=\""
                + origin
                + "/embed/resize.js\"></script>";
    }

    String oembed() {
        return origin
                + "/oembed?format=json&url="
                + URLEncoder.encode(origin + "/rounds/" + slug, StandardCharsets.UTF_8);
    }

    String webComponent() {
        return "<script type=\"module\" src=\""
                + origin
                + "/embed/ceasefire-timeline.js\"></script>\n<ceasefire-timeline round=\""
                + slug
                + "\""
                + (dark ? " theme=\"dark\"" : "")
                + "></ceasefire-timeline>";
    }
}
