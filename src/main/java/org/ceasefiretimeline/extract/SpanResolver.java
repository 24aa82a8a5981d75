package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.Spans.day;
import static org.ceasefiretimeline.extract.Spans.max;
import static org.ceasefiretimeline.extract.Spans.withinDay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.ceasefiretimeline.extract.DateParts.Relative;
import org.ceasefiretimeline.extract.DateParts.Surrounding;
import org.ceasefiretimeline.extract.DateParts.Unit;
import org.ceasefiretimeline.extract.DateResolver.Context;

/**
 * Resolves spans and offsets counted from a day: "the past few weeks", "three days ago", "a day
 * earlier".
 */
final class SpanResolver {

    private SpanResolver() {}

    static Resolution span(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        ChronoUnit unit = p.unit().chrono();
        String unitName = p.unit().word() + "s";
        // "within days": three, "within hours": a day's
        int n = p.count() != null ? p.count() : p.unit() == Unit.HOUR ? 24 : 3;
        LocalDateTime noon = pub.atTime(LocalTime.NOON);
        if (rel == Relative.WITHIN && ctx.past() && ctx.previous() != null) {
            // "rejected the proposal within hours": hours after the date just named
            LocalDate from = ctx.previous();
            return new Resolution(
                    from.atStartOfDay(),
                    from.atStartOfDay().plus(n, unit).truncatedTo(ChronoUnit.DAYS),
                    Precision.SPAN,
                    "mention '" + ctx.previousText() + "'",
                    "within " + n + " " + unitName + " of " + from);
        }
        // "withdraw in a week" looks ahead, but "his second visit in two days" looks back
        boolean ahead =
                switch (rel) {
                    case COMING, NEXT, WITHIN -> true;
                    case IN -> !p.around().contains(Surrounding.TALLY);
                    default -> false;
                };
        // "in the coming days" starts tomorrow, but "in the coming hours" today
        LocalDate firstAhead = p.unit() == Unit.HOUR ? pub : pub.plusDays(1);
        // "over the past three days" are the publication day and the two before it; its first day
        // lies in that reading and in "since three days before" alike
        LocalDateTime firstBack =
                p.unit() == Unit.HOUR ? noon.minus(n, unit) : noon.minus(n, unit).plusDays(1);
        LocalDateTime start =
                ahead ? firstAhead.atStartOfDay() : firstBack.truncatedTo(ChronoUnit.DAYS);
        LocalDateTime end =
                ahead ? noon.plus(n, unit).truncatedTo(ChronoUnit.DAYS) : pub.atStartOfDay();
        return new Resolution(
                start,
                max(start, end),
                Precision.SPAN,
                "publication " + pub,
                "about " + n + " " + unitName + (ahead ? " after" : " before") + " publication");
    }

    static Resolution ago(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Unit unit = p.unit();
        int n = p.count();
        LocalDate day =
                switch (unit) {
                    case HOUR -> pub;
                    case DAY -> pub.minusDays(n);
                    case WEEK -> pub.minusWeeks(n);
                    case MONTH -> pub.minusMonths(n);
                    default -> pub.minusYears(n);
                };
        Precision precision =
                switch (unit) {
                    case MONTH -> Precision.MONTH;
                    case YEAR -> Precision.YEAR;
                    default -> Precision.DAY;
                };
        return new Resolution(
                day.atStartOfDay(),
                day.atStartOfDay(),
                precision,
                "publication " + pub,
                n + " " + unit.word() + "(s) before publication");
    }

    /**
     * "a day earlier", "the next day", "that night": counted from the previous dated mention, else
     * publication.
     */
    static Resolution offset(DateParts p, Context ctx) {
        LocalDate from = ctx.previous() != null ? ctx.previous() : ctx.published();
        if (from == null) {
            return Resolution.unresolved(
                    "no earlier date in the passage and the publication day is unknown");
        }
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "' (" + from + ")"
                        : "publication " + from;
        Unit unit = p.unit();
        // "days later" with no number: a couple
        int rough = p.count() == null && p.plural() && unit != Unit.HOUR ? 2 : 1;
        int n = p.offset().sign() * (p.count() != null ? p.count() : rough);
        LocalDate day =
                switch (unit) {
                    case WEEK -> from.plusWeeks(n);
                    case MONTH -> from.plusMonths(n);
                    case YEAR -> from.plusYears(n);
                    case HOUR -> from.plusDays(n / 24);
                    default -> from.plusDays(n);
                };
        String unitName = p.part() != null ? p.part().word() : unit.word();
        String why =
                "'"
                        + p.written().count()
                        + " "
                        + unitName
                        + " "
                        + p.offset().word()
                        + "' counted from "
                        + anchor;
        return switch (unit) {
            case WEEK -> {
                if (p.count() != null) {
                    yield day(day, Precision.DAY, anchor, why);
                }
                // "the previous week", "the following week": the calendar week before or after
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield Spans.span(monday, monday.plusDays(6), Precision.WEEK, anchor, why);
            }
            case MONTH -> Spans.span(day, day, Precision.MONTH, anchor, why);
            case YEAR -> Spans.span(day, day, Precision.YEAR, anchor, why);
            default -> withinDay(day, p.qualifier(), p.part(), null, null, anchor, why);
        };
    }
}
