package org.ceasefiretimeline.embed.export;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;

/**
 * A round's events as RFC 4180 CSV: a header, then one row per event in date order; an event's
 * several sources are in the source columns one per line, in the same order in each column.
 */
public final class CsvExport {

    static final List<String> HEADER =
            List.of(
                    "id",
                    "round",
                    "type",
                    "stance",
                    "date",
                    "end",
                    "precision",
                    "phrase",
                    "approximate",
                    "timezone",
                    "actors",
                    "summary",
                    "publishers",
                    "urls",
                    "sentences",
                    "corrected",
                    "verified");

    private CsvExport() {}

    public static String of(List<EventView> events) {
        StringBuilder csv = new StringBuilder();
        Rfc4180.row(csv, HEADER);
        for (EventView e : events) {
            Rfc4180.row(
                    csv,
                    List.of(
                            Long.toString(e.id()),
                            text(e.roundSlug()),
                            e.type().name(),
                            e.stance() == null ? "" : e.stance().name(),
                            time(e.start()),
                            time(e.end()),
                            e.precision() == null ? "" : e.precision().name(),
                            text(e.datePhrase()),
                            Boolean.toString(e.approximate()),
                            e.sources().isEmpty() ? "" : e.sources().get(0).timezone().getId(),
                            String.join("; ", e.actors()),
                            text(e.summary()),
                            lines(e, SourceView::publisher),
                            lines(e, SourceView::url),
                            lines(e, SourceView::sentence),
                            Boolean.toString(e.corrected()),
                            Boolean.toString(e.verified())));
        }
        return csv.toString();
    }

    private static String lines(EventView e, Function<SourceView, String> field) {
        return e.sources().stream()
                .map(field)
                .map(CsvExport::text)
                .collect(Collectors.joining("\n"));
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
