package org.ceasefiretimeline.embed.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ceasefiretimeline.embed.EmbedText;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;
import org.ceasefiretimeline.timeline.EventTypes;
import org.springframework.web.util.HtmlUtils;

/**
 * A round in TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html): one slide
 * per dated event, its date given only down to its precision (a month-precise event names no day),
 * the article's phrase as the slide's display date, a group per event type and an era for the
 * round. TimelineJS needs a year on every slide: undated events are left out. Its slide text is
 * HTML: every value is escaped.
 */
public final class TimelineJsExport {

    private TimelineJsExport() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(Slide title, List<Slide> events, List<Era> eras) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(
            DateParts startDate,
            DateParts endDate,
            Text text,
            String group,
            String displayDate,
            String uniqueId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Era(DateParts startDate, DateParts endDate, Text text) {}

    public record Text(String headline, String text) {}

    /** A TimelineJS date: only the parts the precision knows are set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateParts(
            Integer year, Integer month, Integer day, Integer hour, Integer minute) {

        static DateParts of(LocalDateTime at, Precision precision) {
            Precision known = precision == null ? Precision.DAY : precision;
            boolean month = known.compareTo(Precision.MONTH) >= 0;
            boolean day = known.compareTo(Precision.SPAN) >= 0;
            boolean time = known.hasTime();
            return new DateParts(
                    at.getYear(),
                    month ? at.getMonthValue() : null,
                    day ? at.getDayOfMonth() : null,
                    time ? at.getHour() : null,
                    time ? at.getMinute() : null);
        }

        static DateParts of(LocalDate day) {
            return new DateParts(
                    day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null, null);
        }
    }

    public static Document of(RoundDetail round) {
        List<Slide> slides =
                round.events().stream()
                        .filter(e -> e.start() != null)
                        .map(TimelineJsExport::slide)
                        .toList();
        return new Document(title(round.summary()), slides, era(round.summary(), round.events()));
    }

    private static Slide title(RoundSummary round) {
        String who =
                "Parties: "
                        + String.join(", ", round.parties())
                        + (round.mediators().isEmpty()
                                ? ""
                                : ". Mediators: " + String.join(", ", round.mediators()))
                        + ".";
        return new Slide(
                null,
                null,
                new Text(escape(round.name()), "<p>" + escape(who) + "</p>"),
                null,
                null,
                null);
    }

    private static List<Era> era(RoundSummary round, List<EventView> events) {
        LocalDate first =
                round.startDay() != null
                        ? round.startDay()
                        : events.stream()
                                .map(EventView::day)
                                .filter(Objects::nonNull)
                                .min(LocalDate::compareTo)
                                .orElse(null);
        LocalDate last =
                round.endDay() != null
                        ? round.endDay()
                        : events.stream()
                                .map(EventView::day)
                                .filter(Objects::nonNull)
                                .max(LocalDate::compareTo)
                                .orElse(null);
        if (first == null || last == null) {
            return List.of();
        }
        return List.of(
                new Era(
                        DateParts.of(first),
                        DateParts.of(last),
                        new Text(escape(round.name()), null)));
    }

    private static Slide slide(EventView e) {
        DateParts start = DateParts.of(e.start(), e.precision());
        DateParts end = e.end() == null ? null : DateParts.of(e.end(), e.precision());
        String label = EmbedText.ENGLISH.date(e.start(), e.end(), e.precision());
        String display =
                e.datePhrase() == null || e.datePhrase().isBlank()
                        ? label
                        : "“" + e.datePhrase() + "” (" + label + ")";
        if (e.corrected()) {
            display += ", corrected by an editor";
        }
        String headline =
                EventTypes.label(e.type(), e.stance())
                        + (e.actors().isEmpty() ? "" : ": " + String.join(", ", e.actors()));
        return new Slide(
                start,
                end == null || end.equals(start) ? null : end,
                new Text(escape(headline), body(e)),
                EventTypes.label(e.type()),
                escape(display),
                "event-" + e.id());
    }

    /** The event's sentence as each source gives it, with a link to the article. */
    private static String body(EventView e) {
        return e.sources().stream().map(TimelineJsExport::quote).collect(Collectors.joining());
    }

    private static String quote(SourceView s) {
        String publisher = escape(s.publisher() == null ? s.file() : s.publisher());
        String cite =
                s.url() == null
                        ? publisher
                        : "<a href=\""
                                + escape(s.url())
                                + "\" target=\"_blank\" rel=\"noopener\">"
                                + publisher
                                + "</a>";
        return "<blockquote>" + escape(s.sentence()) + "</blockquote><p>— " + cite + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
