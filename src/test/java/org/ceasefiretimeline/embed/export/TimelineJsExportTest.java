package org.ceasefiretimeline.embed.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefiretimeline.embed.export.ExportFixtures.event;
import static org.ceasefiretimeline.embed.export.ExportFixtures.round;

import java.time.LocalDateTime;
import org.ceasefiretimeline.embed.export.TimelineJsExport.DateParts;
import org.ceasefiretimeline.embed.export.TimelineJsExport.Document;
import org.ceasefiretimeline.extract.Precision;
import org.junit.jupiter.api.Test;

class TimelineJsExportTest {

    private static final LocalDateTime MONDAY_NIGHT = LocalDateTime.of(2024, 5, 6, 21, 30);

    private static DateParts startOf(Precision precision) {
        return TimelineJsExport.of(round(event(1, MONDAY_NIGHT, null, precision, "x")))
                .events()
                .get(0)
                .startDate();
    }

    @Test
    void a_date_names_only_the_parts_its_precision_knows() {
        assertThat(startOf(Precision.YEAR)).isEqualTo(new DateParts(2024, null, null, null, null));
        assertThat(startOf(Precision.MONTH)).isEqualTo(new DateParts(2024, 5, null, null, null));
        assertThat(startOf(Precision.PART_OF_MONTH))
                .isEqualTo(new DateParts(2024, 5, null, null, null));
        assertThat(startOf(Precision.WEEK)).isEqualTo(new DateParts(2024, 5, 6, null, null));
        assertThat(startOf(Precision.DAY)).isEqualTo(new DateParts(2024, 5, 6, null, null));
        assertThat(startOf(Precision.PART_OF_DAY)).isEqualTo(new DateParts(2024, 5, 6, 21, 30));
        assertThat(startOf(Precision.TIME)).isEqualTo(new DateParts(2024, 5, 6, 21, 30));
    }

    @Test
    void a_slide_shows_the_articles_phrase_is_grouped_by_type_and_escapes_its_html() {
        Document doc =
                TimelineJsExport.of(
                        round(event(1, MONDAY_NIGHT, null, Precision.PART_OF_DAY, "Monday night")));

        var slide = doc.events().get(0);
        assertThat(slide.displayDate()).contains("“Monday night”").contains("Mon 6 May 2024");
        assertThat(slide.group()).isEqualTo("Response");
        assertThat(slide.uniqueId()).isEqualTo("event-1");
        assertThat(slide.text().headline()).isEqualTo("Accepted: Hamas");
        assertThat(slide.text().text())
                .contains("&lt;b&gt;night&lt;/b&gt;")
                .doesNotContain("<b>")
                .contains("href=\"https://news.example/a?x=1&amp;y=2\"");
    }

    @Test
    void the_round_is_one_era_and_undated_events_are_left_out() {
        Document doc =
                TimelineJsExport.of(
                        round(
                                event(1, MONDAY_NIGHT, null, Precision.DAY, "Monday"),
                                event(2, null, null, null, null)));

        assertThat(doc.events()).hasSize(1);
        assertThat(doc.eras()).hasSize(1);
        assertThat(doc.eras().get(0).startDate()).isEqualTo(new DateParts(2024, 5, 1, null, null));
        assertThat(doc.eras().get(0).endDate()).isEqualTo(new DateParts(2024, 5, 31, null, null));
        assertThat(doc.title().text().headline()).isEqualTo("May 2024: Israel and Hamas");
    }
}
