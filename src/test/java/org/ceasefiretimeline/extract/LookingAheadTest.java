package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clauses that look ahead without "will", a future seen from a past moment, and phrases that take
 * the day of the passage: sentences of our own, each with the day a careful reader gives its date.
 */
class LookingAheadTest {

    @ParameterizedTest(name = "''{2}'' in ''{0}'' said {1} is {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Egypt proposed a ceasefire starting from 06:00 local time on Thursday.         | 2021-05-19 | Thursday     | 2021-05-20
            The truce, effective Sunday, was agreed by both sides.                         | 2024-06-07 | Sunday       | 2024-06-09
            The leadership was to meet the other factions on Sunday night.                 | 2008-12-15 | Sunday night | 2008-12-14
            Trump gave Hamas until 6 p.m. ET on Sunday to give an answer.                  | 2025-10-03 | Sunday       | 2025-10-05
            The cabinet vote was postponed until Tuesday morning.                          | 2024-06-10 | Tuesday      | 2024-06-11
            Blinken to head to Israel this weekend.                                        | 2024-08-16 | this weekend | 2024-08-17
            The election was launched before a February vote.                              | 2009-01-18 | February     | 2009-02-01
            """)
    void a_date_in_a_clause_that_looks_ahead_goes_forward(
            String sentence, LocalDate published, String phrase, LocalDate expected) {
        assertThat(Extracted.from(sentence, published).day(phrase)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{2}'' in ''{0}''")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Israel struck Rafah on Monday. Gunfire was heard earlier in the day.                | Monday | earlier in the day | 2024-06-03
            Talks resumed on Tuesday. Activity continued throughout the day.                   | Tuesday | throughout the day | 2024-06-04
            The truce took effect on Wednesday at 2 a.m. (7 p.m. ET).                          | Wednesday | 7 p.m. ET     | 2024-06-05
            """)
    void a_phrase_of_the_passage_takes_the_day_just_named(
            String text, String first, String phrase, LocalDate expected) {
        Extracted x = Extracted.from(text, LocalDate.of(2024, 6, 7));
        assertThat(x.day(phrase)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' said {1} starts {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Hamas demanded that troops withdraw in a week.              | 2009-01-18 | 2009-01-19
            The factions would hold fire for the next seven days.       | 2009-01-18 | 2009-01-19
            """)
    void a_span_from_publication_looks_ahead(
            String sentence, LocalDate published, LocalDate start) {
        DateMention m = Extracted.from(sentence, published).extraction().mentions().get(0);
        assertThat(m.resolution().start().toLocalDate()).isEqualTo(start);
    }

    @Test
    void a_count_of_visits_over_a_span_looks_back() {
        DateMention m =
                Extracted.from(
                                "The envoy met Hamas during his second visit to Egypt in two days.",
                                LocalDate.of(2009, 1, 17))
                        .mention("in two days");
        assertThat(m.resolution().end().toLocalDate()).isEqualTo(LocalDate.of(2009, 1, 17));
    }

    @ParameterizedTest(name = "''last week'' said on {0} ({1}) begins {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2019-11-17 | Asia/Jerusalem | 2019-11-10
            2019-11-17 | Europe/London  | 2019-11-04
            2023-05-12 | Asia/Jerusalem | 2023-05-01
            """)
    void an_israeli_sunday_paper_calls_the_week_just_ended_last_week(
            LocalDate published, String zone, LocalDate monday) {
        Extracted x =
                Extracted.from("The truce agreed last week held.", published, ZoneId.of(zone));
        assertThat(x.mention("last week").resolution().start().toLocalDate()).isEqualTo(monday);
    }
}
