package org.ceasefiretimeline.embed.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefiretimeline.embed.export.ExportFixtures.event;
import static org.ceasefiretimeline.embed.export.ExportFixtures.round;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ceasefiretimeline.extract.Precision;
import org.junit.jupiter.api.Test;

class IcsExportTest {

    /** Long, with three-octet characters (quotes, dashes, Arabic) and a four-octet one. */
    private static final String SENTENCE =
            "“We have accepted the Egyptian–Qatari proposal,” said Ismail Haniyeh (إسماعيل هنية)"
                    + " on Monday night — 🕊 — adding that the ball is now in the occupation’s court"
                    + " and that the movement’s delegation would travel to Cairo on Tuesday.";

    private static final String EXPORT =
            IcsExport.of(
                    round(
                            event(
                                    1,
                                    LocalDateTime.of(2024, 5, 6, 21, 30),
                                    null,
                                    Precision.PART_OF_DAY,
                                    "Monday night",
                                    SENTENCE),
                            event(
                                    2,
                                    LocalDateTime.of(2024, 5, 7, 0, 0),
                                    null,
                                    Precision.DAY,
                                    "Tuesday",
                                    SENTENCE.repeat(4))));

    @Test
    void no_line_is_longer_than_75_octets() {
        assertThat(EXPORT).endsWith("END:VCALENDAR\r\n");
        List<String> lines = List.of(EXPORT.split("\r\n"));
        assertThat(lines).noneMatch(line -> line.contains("\r") || line.contains("\n"));
        assertThat(lines)
                .allSatisfy(
                        line ->
                                assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                                        .as(line)
                                        .isLessThanOrEqualTo(75));
        // a fold never splits a character: every line is whole UTF-8
        assertThat(lines).noneMatch(line -> line.contains("\uFFFD") || hasLoneSurrogate(line));
    }

    @Test
    void ical4j_reads_the_folded_export_back_to_the_same_events() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(EXPORT));
        calendar.validate();

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events)
                .extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("event-1@ceasefire-timeline", "event-2@ceasefire-timeline");
        assertThat(events)
                .extracting(e -> value(e, Property.SUMMARY))
                .containsOnly("Accepted: Hamas");
        assertThat(value(events.get(0), Property.DESCRIPTION))
                .isEqualTo(
                        "Date as reported: “Monday night”\n\n“"
                                + SENTENCE
                                + "” — The Paper https://news.example/a?x=1&y=2");
        assertThat(value(events.get(1), Property.DESCRIPTION))
                .contains("“" + SENTENCE.repeat(4) + "”");
        assertThat(value(events.get(0), Property.DTSTART)).isEqualTo("20240506T213000");
        assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20240507");
        assertThat(value(events.get(1), Property.URL)).isEqualTo("https://news.example/a?x=1&y=2");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static boolean hasLoneSurrogate(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c)
                    ? i + 1 == line.length() || !Character.isLowSurrogate(line.charAt(++i))
                    : Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
