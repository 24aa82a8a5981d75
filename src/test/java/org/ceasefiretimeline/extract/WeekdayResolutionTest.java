package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every weekday said on every publication weekday, in the past and in the future tense. */
class WeekdayResolutionTest {

    /** Monday 2024-06-03 .. Sunday 2024-06-09 as publication days. */
    static Stream<Arguments> everyWeekdayOnEveryPublicationDay() {
        List<Arguments> rows = new ArrayList<>();
        for (int p = 0; p < 7; p++) {
            LocalDate published = LocalDate.of(2024, 6, 3).plusDays(p);
            for (DayOfWeek said : DayOfWeek.values()) {
                int back = (published.getDayOfWeek().getValue() - said.getValue() + 7) % 7;
                int ahead = (said.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
                rows.add(
                        Arguments.of(
                                published,
                                name(said),
                                published.minusDays(back),
                                published.plusDays(ahead)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "published {0}: ''{1}'' is {2} in the past, {3} ahead")
    @MethodSource("everyWeekdayOnEveryPublicationDay")
    void a_bare_weekday_is_the_latest_such_day_in_the_past_or_the_next_one_ahead(
            LocalDate published, String weekday, LocalDate past, LocalDate future) {
        assertThat(
                        Extracted.from(
                                        "The envoy met Hamas leaders on " + weekday + " in Doha.",
                                        published)
                                .day(weekday))
                .isEqualTo(past);
        assertThat(
                        Extracted.from(
                                        "The envoy will meet Hamas leaders on "
                                                + weekday
                                                + " in Doha.",
                                        published)
                                .day(weekday))
                .isEqualTo(future);
    }

    @ParameterizedTest(name = "published {0}: ''{1}'' → {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2024-06-07 | The cabinet approved the outline late Wednesday night. | Wednesday | 2024-06-05
            2024-06-07 | Talks are due to resume in Cairo on Sunday. | Sunday | 2024-06-09
            2024-06-07 | Talks are set to resume Tuesday, officials said. | Tuesday | 2024-06-11
            2024-06-07 | Mediators said Monday’s session would decide the matter. | Monday | 2024-06-10
            2024-06-07 | Mediators said that Monday’s session decided nothing. | Monday | 2024-06-03
            2024-06-07 | The truce, which would have begun at midnight Thursday, never started. | Thursday | 2024-06-06
            2024-06-07 | Hamas said last Friday that it would study the plan. | Friday | 2024-05-31
            2024-06-07 | Hamas will answer next Friday, an official said. | Friday | 2024-06-14
            2024-06-10 | The delegation arrived in Cairo early Sunday. | Sunday | 2024-06-09
            2024-06-10 | Negotiators met on Monday morning and will meet again Thursday. | Monday | 2024-06-10
            2024-06-10 | Negotiators met on Monday morning and will meet again Thursday. | Thursday | 2024-06-13
            2024-06-07 | Truce to take effect Sunday morning | Sunday | 2024-06-09
            2014-08-11 | Egypt won approval for a truce, beginning at 2100 GMT on Sunday. | Sunday | 2014-08-10
            2014-08-05 | Both sides agreed to a ceasefire starting Thursday.       | Thursday | 2014-08-07
            2024-06-07 | The first hostages are to be freed Sunday afternoon. | Sunday | 2024-06-09
            2024-06-07 | Israel agreed on Monday to resume the talks. | Monday | 2024-06-03
            2024-06-07 | The envoy is expected back in Cairo on Sunday. | Sunday | 2024-06-09
            2024-06-07 | Officials said they may extend the pause beyond Sunday. | Sunday | 2024-06-09
            2024-06-07 | Netanyahu told Biden on Tuesday that Israel would resume fighting. | Tuesday | 2024-06-04
            2024-06-07 | Hamas must answer before Sunday’s deadline, Egypt said. | Sunday | 2024-06-09
            2024-06-07 | The crossing was closed on Tuesday last week. | Tuesday | 2024-05-28
            2024-06-07 | The envoy, who will arrive on Monday, had warned Hamas. | Monday | 2024-06-10
            2025-02-11 | All hostages must be freed by Saturday, Trump said. | Saturday | 2025-02-15
            2022-08-08 | By Sunday, the group had lost two commanders. | Sunday | 2022-08-07
            2025-02-11 | He said Saturday’s release would be postponed. | Saturday | 2025-02-15
            2008-04-25 | He said the plan would be laid out Thursday in Cairo. | Thursday | 2008-04-24
            2011-08-22 | The crisis was sparked by Thursday’s attack near Eilat. | Thursday | 2011-08-18
            2023-05-13 | Police prepared ahead of Thursday’s flag march. | Thursday | 2023-05-18
            2023-05-13 | Schools would remain closed on Sunday, officials said. | Sunday | 2023-05-14
            2024-11-10 | Three were killed by troops in Rafah on Thursday. | Thursday | 2024-11-07
            2023-11-20 | Negotiators were due in Doha on Tuesday, a diplomat said. | Tuesday | 2023-11-21
            2024-06-07 | The talks ran from Friday to Sunday. | Friday | 2024-05-31
            2024-06-07 | Talks resumed late on Sunday in Cairo. | Sunday | 2024-06-02
            2009-01-15 | Obama, who will be sworn in on Tuesday, has said little about Gaza. | Tuesday | 2009-01-20
            2024-04-29 | The talks, which officials said could run through Wednesday, resumed. | Wednesday | 2024-05-01
            2019-11-14 | Islamic Jihad had warned about this Friday’s march. | Friday | 2019-11-15
            2025-02-20 | Ministers due to gather in Cairo on Tuesday are expected to endorse it. | Tuesday | 2025-02-25
            """)
    void the_tense_of_the_clause_decides_the_direction(
            LocalDate published, String sentence, String weekday, LocalDate expected) {
        assertThat(Extracted.from(sentence, published).day(weekday)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' starts at {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Israeli jets struck targets early Friday.              | 2024-06-07T00:00 | PART_OF_DAY
            The security cabinet met Thursday night.               | 2024-06-06T20:00 | PART_OF_DAY
            Rockets were fired on Wednesday afternoon.             | 2024-06-05T12:00 | PART_OF_DAY
            The truce took effect at midnight Thursday.            | 2024-06-06T23:59 | TIME
            Sirens sounded at 8:30 p.m. Tuesday.                   | 2024-06-04T20:30 | TIME
            Sirens sounded Tuesday at 8 p.m. in the south.         | 2024-06-04T20:00 | TIME
            The truce began at 9 a.m. (0600 GMT) Tuesday.          | 2024-06-04T09:00 | TIME
            """)
    void parts_of_the_day_and_clock_times_narrow_the_day(
            String sentence, String start, Precision precision) {
        DateMention m =
                Extracted.from(sentence, LocalDate.of(2024, 6, 7)).extraction().mentions().get(0);
        assertThat(m.resolution().start()).hasToString(start);
        assertThat(m.resolution().precision()).isEqualTo(precision);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
