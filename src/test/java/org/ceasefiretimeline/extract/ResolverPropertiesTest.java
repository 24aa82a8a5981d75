package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The date resolver's invariants, through the pipeline, for publication days from 1900 to 2100: a
 * bare weekday in a past-tense clause is one of the seven days up to publication, in a future-tense
 * clause one of the seven days from publication on (a weekday said ahead on its own day is that
 * day, as {@link WeekdayResolutionTest} pins), and no sentence from the templates below makes
 * resolution throw.
 */
class ResolverPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Property(tries = 500)
    void a_bare_past_weekday_is_one_of_the_seven_days_up_to_publication(
            @ForAll("publicationDays") LocalDate published,
            @ForAll DayOfWeek weekday,
            @ForAll("pastClauses") String clause) {
        String name = name(weekday);
        LocalDate day = Extracted.from(String.format(clause, name), published).day(name);
        assertThat(day.getDayOfWeek()).isEqualTo(weekday);
        assertThat(day).isBetween(published.minusDays(6), published);
    }

    @Property(tries = 500)
    void a_bare_future_weekday_is_one_of_the_seven_days_from_publication_on(
            @ForAll("publicationDays") LocalDate published,
            @ForAll DayOfWeek weekday,
            @ForAll("futureClauses") String clause) {
        String name = name(weekday);
        LocalDate day = Extracted.from(String.format(clause, name), published).day(name);
        assertThat(day.getDayOfWeek()).isEqualTo(weekday);
        assertThat(day).isBetween(published, published.plusDays(6));
    }

    @Property(tries = 1000)
    void resolving_never_throws_on_any_publication_day_from_1900_to_2100(
            @ForAll("publicationDays") LocalDate published,
            @ForAll("dateSentences") String sentence) {
        ArticleExtraction extraction = Extracted.from(sentence, published).extraction();
        for (DateMention mention : extraction.mentions()) {
            if (mention.resolved()) {
                assertThat(mention.resolution().end())
                        .isAfterOrEqualTo(mention.resolution().start());
            }
        }
    }

    @Provide
    Arbitrary<LocalDate> publicationDays() {
        return Arbitraries.longs()
                .between(FIRST.toEpochDay(), LAST.toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(edges -> edges.add(FIRST, LAST));
    }

    @Provide
    Arbitrary<String> pastClauses() {
        return Arbitraries.of(
                "Hamas rejected the plan on %s.",
                "The envoy met Hamas leaders on %s in Doha.",
                "Israel said on %s that it had received the proposal.",
                "Egypt presented the offer on %s.");
    }

    @Provide
    Arbitrary<String> futureClauses() {
        return Arbitraries.of(
                "The envoy will meet Hamas leaders on %s in Doha.",
                "Hamas will answer on %s.",
                "The delegations will return to Cairo on %s.",
                "Israel will send a delegation to Doha on %s.");
    }

    /**
     * Sentences with every kind of date the rules know, filled with any weekday, month, day and
     * year.
     */
    @Provide
    Arbitrary<String> dateSentences() {
        Arbitrary<String> weekday =
                Arbitraries.of(DayOfWeek.class).map(ResolverPropertiesTest::name);
        Arbitrary<String> month =
                Arbitraries.integers()
                        .between(1, 12)
                        .map(
                                m ->
                                        java.time.Month.of(m)
                                                .getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        Arbitrary<Integer> dayOfMonth = Arbitraries.integers().between(1, 31);
        Arbitrary<Integer> year = Arbitraries.integers().between(1890, 2110);
        Arbitrary<String> template =
                Arbitraries.of(
                        "Hamas rejected the plan on %1$s.",
                        "The truce will take effect on %1$s at midnight.",
                        "Talks resumed late on %1$s and will go on until %2$s %3$d.",
                        "The ceasefire agreed on %2$s %3$d, %4$d collapsed last %1$s.",
                        "In %2$s %4$d Egypt proposed a truce; by the end of %2$s the sides had agreed.",
                        "Mediators said %1$s's session would decide the matter, early next week.",
                        "The talks ran from %1$s to %1$s, the first week of %2$s.",
                        "Since %4$d, the sides have met on %3$d %2$s every year.",
                        "Hamas said last %1$s that it would answer next %1$s, on %2$s %3$d.",
                        "A day earlier, on %1$s, Israel had said the deal would expire at the weekend.",
                        "The pause, which began on %2$s %3$d, was extended by two days until %1$s.",
                        "\"Today we accept,\" he said on %1$s. Tomorrow the crossing opens.");
        return net.jqwik.api.Combinators.combine(template, weekday, month, dayOfMonth, year)
                .as((t, w, m, d, y) -> String.format(t, w, m, d, y));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
