package org.ceasefiretimeline.embed.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;

/** Small rounds made by hand, one event per precision worth telling apart. */
final class ExportFixtures {

    private ExportFixtures() {}

    static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

    static SourceView source(String sentence) {
        return new SourceView(
                "a.txt",
                "Title",
                "The Paper",
                "https://news.example/a?x=1&y=2",
                LocalDate.of(2024, 5, 7),
                sentence,
                3,
                "Monday",
                "the Monday before publication",
                JERUSALEM);
    }

    static EventView event(
            long id, LocalDateTime start, LocalDateTime end, Precision precision, String phrase) {
        return event(
                id,
                start,
                end,
                precision,
                phrase,
                "Hamas said, \"we accept\", on Monday <b>night</b>.");
    }

    static EventView event(
            long id,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            String phrase,
            String sentence) {
        return new EventView(
                id,
                "2024-05-test",
                EventType.RESPONSE,
                Stance.ACCEPT,
                start,
                end,
                precision,
                phrase,
                false,
                List.of("Hamas"),
                "Hamas accepted",
                List.of(source(sentence)),
                7L,
                null,
                null,
                false,
                false,
                false,
                null);
    }

    static RoundDetail round(EventView... events) {
        return new RoundDetail(
                new RoundSummary(
                        "2024-05-test",
                        "May 2024: Israel and Hamas",
                        LocalDate.of(2024, 5, 1),
                        LocalDate.of(2024, 5, 31),
                        List.of("Israel", "Hamas"),
                        List.of("Egypt"),
                        1,
                        events.length,
                        null),
                List.of(events),
                List.of());
    }
}
