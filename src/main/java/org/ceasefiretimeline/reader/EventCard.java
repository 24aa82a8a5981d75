package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.ProposalDate;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;
import org.ceasefiretimeline.reader.TimelineViews.TermsView;
import org.ceasefiretimeline.timeline.EventTypes;

/**
 * One event on the timeline: its date with the phrase it came from, its type, its actors, the terms
 * of a proposal, and each source sentence with its publisher and a link to the sentence in the
 * article. All text is set as text, never as HTML, so an article's markup stays inert.
 */
class EventCard extends ListItem {

    /**
     * @param editLink whether to add an "Edit" link to the event's editor page (for a logged-in
     *     editor)
     */
    EventCard(EventView e, boolean editLink) {
        setId("event-" + e.id());
        addClassName("ct-event");
        getElement().setAttribute("data-type", e.type().name());
        if (e.stance() != null) {
            getElement().setAttribute("data-stance", e.stance().name());
        }
        getElement().setAttribute("tabindex", "-1");

        Div head = new Div();
        head.addClassName("ct-event-head");
        Span badge = new Span(EventTypes.label(e.type(), e.stance()));
        badge.addClassName("ct-badge");
        if (e.stance() != null) {
            badge.getElement().setAttribute("data-stance", e.stance().name());
        }
        Span date = new Span(DateLabels.of(e));
        date.addClassName("ct-date");
        head.add(badge, date);
        if (e.datePhrase() != null) {
            Span phrase = new Span("“" + e.datePhrase() + "”");
            phrase.addClassName("ct-phrase");
            phrase.getElement().setAttribute("title", "The words the date was read from");
            head.add(phrase);
        }
        if (e.scheduled()) {
            Span scheduled = new Span("scheduled");
            scheduled.addClassName("ct-scheduled");
            scheduled
                    .getElement()
                    .setAttribute("title", "Still to come when reported: announced for this date");
            head.add(scheduled);
        }
        if (e.corrected()) {
            head.add(correctedNote(e.correctionReason()));
        }
        if (DateLabels.approximate(e)) {
            Span approx =
                    new Span(
                            e.approximate()
                                    ? "date approximate: reported by then"
                                    : "approximate date");
            approx.addClassName("ct-approx");
            head.add(approx);
        }
        if (!e.actors().isEmpty()) {
            Span actors = new Span(String.join(", ", e.actors()));
            actors.addClassName("ct-actors");
            head.add(actors);
        }
        Anchor permalink =
                new Anchor(
                        e.roundSlug() == null
                                ? "events"
                                : "rounds/" + e.roundSlug() + "/events/" + e.id(),
                        "Link");
        permalink.getElement().setAttribute("aria-label", "Link to this event");
        permalink.addClassName("ct-phrase");
        head.add(permalink);
        if (editLink) {
            Anchor edit = new Anchor("editor/events/" + e.id(), "Edit");
            edit.addClassName("ct-phrase");
            edit.addClassName("ct-edit");
            edit.getElement().setAttribute("aria-label", "Edit this event");
            head.add(edit);
        }
        add(head);

        if (e.terms() != null && !e.terms().isEmpty()) {
            add(terms(e.terms()));
        }
        if (e.terms() != null && !e.terms().dates().isEmpty()) {
            add(proposalDates(e.terms()));
        }
        for (SourceView source : e.sources()) {
            add(source(source));
        }
    }

    /**
     * "corrected by an editor", which opens on click, tap or Enter to the editor's reason (shown on
     * hover too): the phrase beside it is the article's, the date is the editor's.
     */
    private static Component correctedNote(String reason) {
        String why = reason == null ? "An editor changed this event." : "Reason: " + reason;
        Span text = new Span(why);
        text.addClassName("ct-reason");
        NativeDetails note = new NativeDetails("corrected by an editor", text);
        note.addClassName("ct-corrected");
        note.getElement().setAttribute("title", why);
        return note;
    }

    private static Paragraph terms(TermsView t) {
        List<String> parts = new ArrayList<>();
        Arrays.asList(t.truce(), t.stages(), t.hostages(), t.prisoners())
                .forEach(
                        p -> {
                            if (p != null) {
                                parts.add(p);
                            }
                        });
        Paragraph terms = new Paragraph("Terms: " + String.join(" · ", parts));
        terms.addClassName("ct-terms");
        return terms;
    }

    /**
     * "Would take effect Thu 13 May 2021, 23:59 (“midnight Thursday”)": what the proposal's dates
     * are for.
     */
    private static Paragraph proposalDates(TermsView t) {
        List<String> parts = new ArrayList<>();
        for (ProposalDate d : t.dates()) {
            String label =
                    switch (d.role()) {
                        case TAKES_EFFECT -> "would take effect";
                        case EXPIRES -> "would end";
                        case DEADLINE -> "due by";
                    };
            parts.add(
                    label
                            + " "
                            + DateLabels.of(d.start(), d.start(), d.precision())
                            + (d.phrase() == null ? "" : " (“" + d.phrase() + "”)"));
        }
        String text = String.join(" · ", parts);
        Paragraph dates = new Paragraph(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        dates.addClassName("ct-terms");
        return dates;
    }

    private static Div source(SourceView s) {
        Div source = new Div();
        source.addClassName("ct-source");
        source.getElement().appendChild(new Element("blockquote").setText(s.sentence()));
        String who =
                s.publisher() != null ? s.publisher() : s.title() != null ? s.title() : s.file();
        if (s.url() != null) {
            Anchor link = new Anchor(s.url() + "#:~:text=" + fragment(s.sentence()), "— " + who);
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement()
                    .setAttribute(
                            "aria-label", "Read this sentence in " + who + " (opens in a new tab)");
            source.add(link);
        } else {
            source.add(
                    new Span(
                            "— "
                                    + who
                                    + (s.published() == null
                                            ? ""
                                            : ", " + DateLabels.day(s.published()))));
        }
        return source;
    }

    /** A text fragment of the sentence's first words, which browsers scroll to and highlight. */
    private static String fragment(String sentence) {
        String[] words = sentence.split("\\s+");
        String start = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 8)));
        return URLEncoder.encode(start, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
