package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month-days, months, weeks and years, across year boundaries. */
class CalendarResolutionTest {

    @ParameterizedTest(name = "published {0}: ''{2}'' in ''{1}'' starts {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2024-01-03 | The strike on December 28 killed two commanders.            | December 28   | 2023-12-28
            2024-01-03 | Talks will resume on January 10 in Doha.                     | January 10    | 2024-01-10
            2023-12-30 | Talks will resume on January 3, the envoy said.              | January 3     | 2024-01-03
            2024-05-10 | The war began after the attack of October 7.                 | October 7     | 2023-10-07
            2015-10-20 | The truce announced by Egypt on Aug. 26 last year held.     | Aug. 26 last year | 2014-08-26
            2024-05-10 | The war began after the attack of 7 October.                 | 7 October     | 2023-10-07
            2025-01-20 | Freed hostages taken on October 7 spoke on Monday.          | October 7     | 2023-10-07
            2025-10-07 | Sharm El-Sheikh, Oct 7: delegations began indirect talks.   | Oct 7         | 2025-10-07
            2021-05-19 | Egypt offered a truce starting on Thursday, May 20.         | Thursday, May 20 | 2021-05-20
            2011-08-23 | Starting on Thursday evening, Israeli war planes struck Gaza. | Thursday evening | 2011-08-18
            2011-08-23 | Israel agreed to a truce starting on Thursday evening.       | Thursday evening | 2011-08-25
            2024-12-01 | The families have waited since October 7.                    | October 7     | 2023-10-07
            2023-09-20 | Talks are due to resume on October 7.                        | October 7     | 2023-10-07
            2022-11-01 | Rockets were fired on October 7.                             | October 7     | 2022-10-07
            2024-04-30 | In the war since Oct.7 last year, thousands were killed.     | Oct.7 last year | 2023-10-07
            2024-05-10 | The convoy crossed on Oct. 7, 2023 at dawn.                  | Oct. 7, 2023  | 2023-10-07
            2024-01-03 | The first truce held in December.                            | December      | 2023-12-01
            2024-01-03 | A summit will be held in February.                           | February      | 2024-02-01
            2024-05-10 | A weeklong pause in late November freed 105 hostages.        | late November | 2023-11-21
            2024-05-10 | Fighting intensified in mid-March.                           | mid-March     | 2024-03-11
            2024-05-10 | Egypt first floated the idea in early 2024.                  | early 2024    | 2024-01-01
            2024-05-10 | The fence was built after the 2014 war.                      | 2014          | 2014-01-01
            2024-05-10 | Israel left the Strip in 2005 and Hamas won in 2006.         | 2005          | 2005-01-01
            2024-01-03 | Gallant said last week that the operation would go on.       | last week     | 2023-12-25
            2024-01-03 | Negotiators will meet next week in Cairo.                    | next week     | 2024-01-08
            2024-01-03 | Hamas answered earlier this week.                            | earlier this week | 2024-01-01
            2024-01-07 | There will be talks in the coming week.                      | the coming week | 2024-01-08
            2024-05-10 | At the end of last week, Israel sent a team.                 | end of last week | 2024-05-03
            2024-05-10 | The plan was drafted last month.                             | last month    | 2024-04-01
            2024-01-03 | The plan was drafted last year.                              | last year     | 2023-01-01
            2024-05-10 | The plan was presented three days ago.                       | three days ago | 2024-05-07
            2024-05-13 | The talks stalled over the weekend.                          | the weekend   | 2024-05-11
            2024-06-07 | The truce held at the weekend despite sporadic fire.         | at the weekend | 2024-06-01
            2024-06-07 | The delegation will return late next week.                   | late next week | 2024-06-14
            2024-06-07 | The outline was sent early last week.                        | early last week | 2024-05-27
            2024-01-10 | The truce collapsed in the first week of December.           | first week of December | 2023-12-01
            2024-06-07 | Talks stalled in the last week of February 2024.             | last week of February | 2024-02-23
            2025-01-02 | The president, who leaves office on January 20, has pushed for a deal. | January 20 | 2025-01-20
            2025-03-19 | The plan would have extended the truce until mid-April.      | mid-April     | 2025-04-11
            2023-11-20 | Fighting raged at the end of October.                        | end of October | 2023-10-25
            2024-03-05 | Egypt hopes for a deal by the end of the month.              | end of the month | 2024-03-25
            2012-11-22 | The prime minister faces an election on Jan. 22.             | Jan. 22       | 2013-01-22
            2024-07-29 | The convention opens in Chicago in mid-August.               | mid-August    | 2024-08-11
            2024-11-10 | Biden leaves office in January, after four years.          | January       | 2025-01-01
            2024-11-10 | Mediators met in Cairo on the 19th.                          | the 19th      | 2024-10-19
            2024-11-10 | The deal was first floated in the spring.                    | the spring    | 2024-03-01
            2025-01-10 | The deal was first floated last summer.                      | last summer   | 2024-06-01
            2024-07-29 | The weekend’s strikes changed the mood.                      | weekend’s     | 2024-07-27
            2021-05-21 | Israel rejected it earlier in the week.                      | earlier in the week | 2021-05-17
            2012-11-22 | A war in 2014 killed more than 2,200 people.                 | 2014          | 2014-01-01
            2024-08-19 | Sinwar, the mastermind of the October 7 onslaught, leads Hamas. | October 7  | 2023-10-07
            2024-08-19 | Hostages abducted on October 7 remain in Gaza.               | October 7     | 2023-10-07
            2025-03-03 | Talks were supposed to begin no later than Feb. 3.           | Feb. 3        | 2025-02-03
            2024-08-19 | Talks collapsed late last month.                             | late last month | 2024-07-22
            2012-11-01 | Netanyahu called the November elections a referendum.        | November      | 2012-11-01
            2019-11-14 | The envoy, whose mandate expires on November 20, said he backed the truce. | November 20 | 2019-11-20
            """)
    void calendar_expressions_resolve_against_publication(
            LocalDate published, String sentence, String phrase, LocalDate start) {
        assertThat(Extracted.from(sentence, published).day(phrase)).isEqualTo(start);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Hamas rejected the offer on Tuesday. A day later, Egypt presented a new plan.           | A day later    | 2024-06-05
            Hamas rejected the offer on Tuesday. Two days earlier, Qatar had warned it would.       | Two days earlier | 2024-06-02
            The cabinet met on Wednesday. The night before, rockets hit Sderot.                     | The night before | 2024-06-04
            Egypt sent the outline on Monday. The next day, Israel approved it.                     | The next day   | 2024-06-04
            Envoys met on Monday. An hour later, the talks broke up.                                | An hour later  | 2024-06-03
            The truce began on Sunday. That same day, Israel halted aid.                            | That same day  | 2024-06-02
            Egypt sent the plan on Monday. Hamas answered the previous week.                        | the previous week | 2024-05-27
            Israel struck on Wednesday and then overnight the army moved in.                        | overnight      | 2024-06-05
            Officials said Thursday that strikes had killed 12 more overnight.                      | overnight      | 2024-06-05
            Israel halted strikes on Tuesday. Hours later, the army resumed them.                  | Hours later    | 2024-06-04
            Israel halted strikes on Tuesday. Warplanes hit dozens of sites in the afternoon.      | in the afternoon | 2024-06-04
            Cairo sent the plan on Thursday. Hamas had answered the previous Saturday.             | the previous Saturday | 2024-06-01
            Egypt presented the plan on Tuesday. Hamas rejected it within hours.                   | within hours   | 2024-06-04
            Biden said on Wednesday: “The fighting must stop today.”                                | today          | 2024-06-05
            """)
    void a_relative_expression_counts_from_the_date_just_before_it(
            String text, String phrase, LocalDate expected) {
        Extracted x = Extracted.from(text, LocalDate.of(2024, 6, 7));
        assertThat(x.day(phrase)).isEqualTo(expected);
        assertThat(x.mention(phrase).resolution().anchor()).startsWith("mention");
    }

    @Test
    void today_outside_a_quote_is_the_publication_day() {
        Extracted x =
                Extracted.from(
                        "Biden said on Wednesday that the fighting had to stop today.",
                        LocalDate.of(2024, 6, 7));
        assertThat(x.day("today")).isEqualTo(LocalDate.of(2024, 6, 7));
    }

    @Test
    void a_relative_expression_with_no_date_before_it_counts_from_publication() {
        Extracted x =
                Extracted.from(
                        "A day earlier, the cabinet approved the plan.", LocalDate.of(2024, 6, 7));
        assertThat(x.day("A day earlier")).isEqualTo(LocalDate.of(2024, 6, 6));
        assertThat(x.mention("A day earlier").resolution().anchor())
                .isEqualTo("publication 2024-06-07");
    }

    @Test
    void times_on_the_day_clocks_change_keep_their_wall_clock_reading() {
        // Israel moved its clocks forward at 02:00 on Friday 29 March 2024; the reporter's wall
        // clock is what counts
        Extracted x =
                Extracted.from(
                        "The strike came at 2:30 a.m. on Friday, residents said.",
                        LocalDate.of(2024, 3, 29),
                        ZoneId.of("Asia/Jerusalem"));
        assertThat(x.mention("Friday").resolution().start()).hasToString("2024-03-29T02:30");
        Extracted london =
                Extracted.from(
                        "Officials met early Sunday, as clocks went back.",
                        LocalDate.of(2024, 10, 27),
                        ZoneId.of("Europe/London"));
        assertThat(london.day("early Sunday")).isEqualTo(LocalDate.of(2024, 10, 27));
    }

    @Test
    void holidays_natty_knows_are_moved_into_the_past_when_the_sentence_reports_it() {
        Extracted x =
                Extracted.from(
                        "Fighting paused briefly on Christmas Eve, residents said.",
                        LocalDate.of(2024, 1, 3));
        assertThat(x.day("Christmas")).isEqualTo(LocalDate.of(2023, 12, 24));
        assertThat(x.mention("Christmas").rule()).isEqualTo("NATTY");
    }

    @Test
    void with_no_publication_day_relative_dates_stay_unresolved_and_absolute_ones_resolve() {
        Extracted x =
                Extracted.from("Hamas answered on Monday to the outline of May 2, 2024.", null);
        assertThat(x.mention("Monday").resolved()).isFalse();
        assertThat(x.mention("Monday").resolution().reason()).contains("unknown");
        assertThat(x.day("May 2, 2024")).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void a_time_given_in_gmt_is_not_a_year() {
        assertThat(
                        Extracted.from(
                                        "The truce took effect at 10 p.m. (1900 GMT) on the border.",
                                        LocalDate.of(2023, 5, 13))
                                .texts())
                .containsExactly("10 p.m.");
    }

    @ParameterizedTest(name = "no date in ''{0}''")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Some 2000 rockets were fired at Israel.
            More than 2,000 people were wounded in the strikes.
            The group may decide to accept the deal.
            Israel struck for a second time that hour, a day of heavy fighting.
            One soldier took 1 hard drive from the tunnel.
            He said the March organizers would change the route.
            The 1500 prisoners would be freed in stages.
            Gaza braces a day after the ceasefire collapses.
            Copyright 2021 The Associated Press. All rights reserved.
            The truce came a day later than expected.
            The group quit the talks two months after it had joined them.
            """)
    void numbers_and_words_that_only_look_like_dates_are_not_mentions(String sentence) {
        assertThat(Extracted.from(sentence, LocalDate.of(2024, 5, 10)).texts()).isEmpty();
    }
}
