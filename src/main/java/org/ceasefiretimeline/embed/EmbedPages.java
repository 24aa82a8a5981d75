package org.ceasefiretimeline.embed;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.ProposalThread;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.springframework.stereotype.Component;

/**
 * Renders the embed pages from the reader's read model with the precompiled JTE templates. A slug
 * no round has is {@link NoSuchRoundException}; the controller redirects a merged round's old one.
 */
@Component
class EmbedPages {

    private final TimelineService timeline;
    private final TemplateEngine templates;
    private final EmbedAssets assets;

    EmbedPages(TimelineService timeline, TemplateEngine templates, EmbedAssets assets) {
        this.timeline = timeline;
        this.templates = templates;
        this.assets = assets;
    }

    /**
     * @throws NoSuchRoundException when no round has the slug
     */
    byte[] round(SiteLinks links, String slug, EmbedQuery query) {
        RoundDetail round = timeline.round(slug).orElseThrow(() -> new NoSuchRoundException(slug));
        RoundSummary summary = round.summary();
        EmbedText text = new EmbedText(query.language());
        List<EventView> shown = round.events().stream().filter(query::matches).toList();
        List<ProposalThread> threads = round.threadsShowing(shown);
        Map<LocalDate, List<EventView>> byDay =
                shown.stream()
                        .collect(
                                Collectors.groupingBy(
                                        e -> e.day() == null ? LocalDate.MIN : e.day(),
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        List<RoundPage.Day> days =
                byDay.entrySet().stream()
                        .map(
                                d ->
                                        new RoundPage.Day(
                                                d.getKey().equals(LocalDate.MIN)
                                                        ? null
                                                        : d.getKey(),
                                                d.getValue()))
                        .toList();
        List<String> actors =
                round.events().stream()
                        .flatMap(e -> e.actors().stream())
                        .collect(Collectors.toCollection(TreeSet::new))
                        .stream()
                        .toList();
        String self = links.embed(query.on("rounds/" + slug));
        PageHead head =
                new PageHead(
                        summary.name() + " · " + text.get("page.provider"),
                        text.format(
                                "page.description",
                                summary.name(),
                                summary.events(),
                                summary.proposals()),
                        self,
                        links.readerRound(slug),
                        links.oembed(self),
                        query,
                        text,
                        assets);
        return render(
                "embed/round.jte",
                new RoundPage(
                        head, summary, threads, days, shown.size(), round.events().size(), actors));
    }

    byte[] rounds(SiteLinks links, EmbedQuery query) {
        EmbedText text = new EmbedText(query.language());
        List<RoundSummary> all = timeline.rounds();
        List<String> actors =
                all.stream()
                        .flatMap(r -> Stream.concat(r.parties().stream(), r.mediators().stream()))
                        .collect(Collectors.toCollection(TreeSet::new))
                        .stream()
                        .toList();
        PageHead head =
                new PageHead(
                        text.get("page.allRounds") + " · " + text.get("page.provider"),
                        text.get("page.roundsDescription"),
                        links.embed(query.on("rounds")),
                        links.home(),
                        null,
                        query,
                        text,
                        assets);
        return render(
                "embed/rounds.jte",
                new RoundsPage(head, all.stream().filter(query::matches).toList(), actors));
    }

    /** A page with a heading and a sentence: a round not found, a query with a mistake. */
    byte[] message(SiteLinks links, EmbedQuery query, String headingKey, String message) {
        EmbedText text = new EmbedText(query.language());
        String heading = text.get(headingKey);
        PageHead head =
                new PageHead(
                        heading + " · " + text.get("page.provider"),
                        heading,
                        links.home(),
                        links.home(),
                        null,
                        query,
                        text,
                        assets);
        return render(
                "embed/message.jte", Map.of("head", head, "heading", heading, "text", message));
    }

    /** The iframe and resize script a host page pastes (oEmbed's {@code html}). */
    String snippet(SiteLinks links, String src, String title, int width, int height) {
        StringOutput out = new StringOutput(512);
        templates.render(
                "embed/snippet.jte",
                Map.of(
                        "src", src,
                        "title", "Ceasefire timeline: " + title,
                        "width", width,
                        "height", height,
                        "resizeScript", links.resizeScript()),
                out);
        return out.toString().strip();
    }

    private byte[] render(String template, Object model) {
        StringOutput out = new StringOutput(32 * 1024);
        templates.render(template, model, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] render(String template, Map<String, Object> model) {
        StringOutput out = new StringOutput(4 * 1024);
        templates.render(template, model, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
