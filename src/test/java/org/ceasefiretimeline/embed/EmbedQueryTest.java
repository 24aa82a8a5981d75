package org.ceasefiretimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbedQueryTest {

    @Test
    void the_same_filter_in_another_order_or_with_pyms_parameters_is_the_same_query() {
        EmbedQuery a =
                EmbedQuery.of(
                        Map.of(
                                "actor", new String[] {"Qatar", "Egypt"},
                                "type", new String[] {"response"},
                                "childId", new String[] {"pym-1"},
                                "initialWidth", new String[] {"640"}));
        EmbedQuery b =
                EmbedQuery.of(
                        Map.of(
                                "actor",
                                new String[] {"Egypt,Qatar"},
                                "type",
                                new String[] {"RESPONSE"}));
        assertThat(a).isEqualTo(b);
        assertThat(a.on("rounds/x")).isEqualTo("rounds/x?actor=Egypt&actor=Qatar&type=RESPONSE");
    }

    @Test
    void dates_theme_and_language_are_read_and_written_back() {
        EmbedQuery q =
                EmbedQuery.of(
                        Map.of(
                                "from", new String[] {"2024-05-01"},
                                "to", new String[] {"2024-05-10"},
                                "theme", new String[] {"Dark"},
                                "lang", new String[] {"he-IL"}));
        assertThat(q.from()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(q.theme()).isEqualTo(Theme.DARK);
        assertThat(q.language().dir()).isEqualTo("rtl");
        assertThat(q.on("rounds"))
                .isEqualTo("rounds?from=2024-05-01&to=2024-05-10&theme=dark&lang=he");
        assertThat(q.lookOnly().on("rounds")).isEqualTo("rounds?theme=dark&lang=he");
        assertThat(
                        EmbedQuery.of(Map.of("lang", new String[] {"fa"}))
                                .language()
                                .labels()
                                .getLanguage())
                .as("no Persian labels: English ones, still right to left")
                .isEqualTo("en");
    }

    @Test
    void a_mistake_in_the_query_says_which_parameter() {
        assertThatThrownBy(() -> EmbedQuery.of(Map.of("from", new String[] {"1 May"})))
                .hasMessageContaining("from");
        assertThatThrownBy(() -> EmbedQuery.of(Map.of("theme", new String[] {"sepia"})))
                .hasMessageContaining("theme");
        assertThatThrownBy(() -> EmbedQuery.of(Map.of("lang", new String[] {"12"})))
                .hasMessageContaining("lang");
        assertThatThrownBy(() -> EmbedQuery.of(Map.of("type", new String[] {"RUMOUR"})))
                .hasMessageContaining("type");
    }
}
