package org.ceasefiretimeline.reader;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.base.AppShell;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Puts a description and Open Graph tags into every page Vaadin serves and, on a round's page, what
 * a pasted link needs to preview and embed it well: the round's own title and address, Twitter-card
 * tags and the oEmbed discovery link. In the page as served, because link previewers and CMSs read
 * the HTML without running it.
 */
@Component
class RoundPageHead implements VaadinServiceInitListener {

    static final String SITE_DESCRIPTION =
            "Ceasefire talks between Israel and Hamas and Israel and Islamic Jihad as a dated,"
                    + " sourced timeline: proposals, answers and every date read from news articles.";

    private static final Pattern ROUND_PATH =
            Pattern.compile("/rounds/([a-z0-9-]+)(/events/\\d+)?");

    private final TimelineService timeline;

    RoundPageHead(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        Element head = response.getDocument().head();
        Optional<RoundSummary> round = round(response.getVaadinRequest());
        String description =
                round.map(
                                r ->
                                        r.name()
                                                + ": "
                                                + r.events()
                                                + " events and "
                                                + r.proposals()
                                                + " proposals, each dated from the article that"
                                                + " reported it, with its source sentence.")
                        .orElse(SITE_DESCRIPTION);
        meta(head, "name", "description", description);
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:site_name", AppShell.TITLE);
        meta(head, "property", "og:description", description);
        if (round.isEmpty()) {
            meta(head, "property", "og:title", AppShell.TITLE);
            return;
        }
        RoundSummary r = round.get();
        String origin = origin(response.getVaadinRequest());
        String page = origin + "/rounds/" + r.slug();
        head.appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/json+oembed")
                .attr(
                        "href",
                        origin
                                + "/oembed?format=json&url="
                                + URLEncoder.encode(page, StandardCharsets.UTF_8))
                .attr("title", r.name());
        meta(head, "property", "og:title", r.name());
        meta(head, "property", "og:url", page);
        meta(head, "name", "twitter:card", "summary");
        meta(head, "name", "twitter:title", r.name());
        meta(head, "name", "twitter:description", description);
    }

    private Optional<RoundSummary> round(VaadinRequest request) {
        String path = request.getPathInfo();
        Matcher matcher = ROUND_PATH.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return timeline.roundSummary(matcher.group(1));
    }

    private static String origin(VaadinRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(
                        ((VaadinServletRequest) request).getHttpServletRequest())
                .build()
                .toUriString();
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.appendElement("meta").attr(attribute, name).attr("content", content);
    }
}
