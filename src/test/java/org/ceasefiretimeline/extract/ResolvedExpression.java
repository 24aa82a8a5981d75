package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Set;

/** Resolves one date expression written alone, as the pipeline would, for table tests. */
final class ResolvedExpression {

    private ResolvedExpression() {}

    /**
     * The longest match of the date rules in {@code expression}, resolved against a publication day
     * and a direction; a previous mention's day may be null.
     */
    static Resolution of(
            String expression, LocalDate published, Direction direction, LocalDate previous) {
        DateRules.Match match =
                DateRules.findAll(expression).stream()
                        .max(Comparator.comparingInt(DateRules.Match::length))
                        .orElseThrow(() -> new AssertionError("no rule finds " + expression));
        var context =
                new DateResolver.Context(
                        published,
                        direction,
                        "a test",
                        false,
                        false,
                        previous,
                        previous == null ? null : "the day before",
                        DayOfWeek.MONDAY);
        return new DateResolver().resolve(match.rule().kind(), match.groups(), Set.of(), context);
    }

    /** Asserts the resolution's span and precision: the one check every table test makes. */
    static void assertResolves(
            String expression,
            LocalDate published,
            Direction direction,
            LocalDate previous,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision) {
        Resolution r = of(expression, published, direction, previous);
        assertThat(r.start()).as(expression).isEqualTo(start);
        assertThat(r.end()).as(expression).isEqualTo(end);
        assertThat(r.precision()).as(expression).isEqualTo(precision);
    }
}
