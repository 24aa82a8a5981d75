package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.Spans.max;
import static org.ceasefiretimeline.extract.Spans.min;
import static org.ceasefiretimeline.extract.Spans.span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.ceasefiretimeline.extract.DateParts.Edge;
import org.ceasefiretimeline.extract.DateParts.Qualifier;
import org.ceasefiretimeline.extract.DateParts.Relative;
import org.ceasefiretimeline.extract.DateParts.Unit;
import org.ceasefiretimeline.extract.DateResolver.Context;

/**
 * Resolves weeks and parts of weeks: "last week", "the weekend", "the end of next week", "the first
 * week of November".
 */
final class WeekResolver {

    private WeekResolver() {}

    /**
     * Weeks run from the article's week start: Sunday in Israel and the Americas, Monday (ISO 8601)
     * elsewhere.
     */
    static Resolution week(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        // "earlier in the week": this week
        Relative rel = p.relative() == Relative.NONE ? Relative.THIS : p.relative();
        Qualifier qual = p.qualifier();
        String anchor = "publication " + pub;
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()));
        if (p.unit() == Unit.WEEKEND) {
            return weekend(pub, rel, ctx.direction(), anchor);
        }
        return switch (rel) {
            case THIS -> {
                if (qual == Qualifier.EARLIER || qual == Qualifier.EARLY) {
                    yield span(
                            monday,
                            max(monday, pub.minusDays(1)),
                            Precision.PART_OF_WEEK,
                            anchor,
                            "'earlier this week': from Monday to the day before publication");
                }
                if (qual == Qualifier.LATER || qual == Qualifier.LATE) {
                    yield span(
                            min(pub.plusDays(1), monday.plusDays(6)),
                            monday.plusDays(6),
                            Precision.PART_OF_WEEK,
                            anchor,
                            "'later this week': after publication, to Sunday");
                }
                yield span(
                        monday,
                        monday.plusDays(6),
                        Precision.WEEK,
                        anchor,
                        "the week of publication");
            }
            case LAST, PREVIOUS, THE_PREVIOUS ->
                    partOf(
                            monday.minusWeeks(1),
                            qual,
                            anchor,
                            "the calendar week before publication");
            case PAST, THE_PAST ->
                    span(
                            pub.minusDays(7),
                            pub,
                            Precision.WEEK,
                            anchor,
                            "the seven days before publication");
            case THE_COMING, COMING ->
                    span(
                            pub.plusDays(1),
                            pub.plusDays(7),
                            Precision.WEEK,
                            anchor,
                            "the seven days after publication");
            default ->
                    partOf(
                            monday.plusWeeks(1),
                            qual,
                            anchor,
                            "the calendar week after publication");
        };
    }

    /**
     * A calendar week from {@code monday}, or its first or last three days for "early" or "late".
     */
    private static Resolution partOf(LocalDate monday, Qualifier qual, String anchor, String why) {
        if (qual == Qualifier.EARLY) {
            return span(
                    monday,
                    monday.plusDays(2),
                    Precision.PART_OF_WEEK,
                    anchor,
                    why + "; early in it");
        }
        if (qual == Qualifier.LATE) {
            return span(
                    monday.plusDays(4),
                    monday.plusDays(6),
                    Precision.PART_OF_WEEK,
                    anchor,
                    why + "; late in it");
        }
        return span(monday, monday.plusDays(6), Precision.WEEK, anchor, why);
    }

    private static Resolution weekend(
            LocalDate pub, Relative rel, Direction direction, String anchor) {
        boolean ahead =
                switch (rel) {
                    case NEXT, COMING, THE_COMING -> true;
                    // from midweek on, a weekend gone by is "last weekend": "braced for renewed
                    // violence this weekend" on a Thursday is the coming one
                    case THIS -> direction.ahead() || midweekOrLater(pub);
                    case AT_THE -> direction.ahead();
                    default -> false;
                };
        LocalDate saturday;
        if (ahead) {
            saturday =
                    pub.getDayOfWeek() == DayOfWeek.SUNDAY
                            ? pub.minusDays(1)
                            : pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            if (rel == Relative.NEXT && !saturday.isAfter(pub)) {
                saturday = saturday.plusWeeks(1);
            }
        } else {
            saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (rel == Relative.LAST
                    && pub.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                saturday = saturday.minusWeeks(1);
            }
        }
        return span(
                saturday,
                saturday.plusDays(1),
                Precision.PART_OF_WEEK,
                anchor,
                "'" + rel.words() + " weekend' seen from publication");
    }

    private static boolean midweekOrLater(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d.compareTo(DayOfWeek.WEDNESDAY) >= 0 && d.compareTo(DayOfWeek.FRIDAY) <= 0;
    }

    static Resolution partOfWeek(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()));
        if (rel == Relative.LAST) {
            monday = monday.minusWeeks(1);
        } else if (rel == Relative.NEXT) {
            monday = monday.plusWeeks(1);
        }
        Edge edge = p.edge();
        int from =
                switch (edge) {
                    case BEGINNING, START -> 0;
                    case MIDDLE -> 1;
                    case END -> 4;
                };
        int to = from == 4 ? 6 : from + 2;
        return span(
                monday.plusDays(from),
                monday.plusDays(to),
                Precision.PART_OF_WEEK,
                "publication " + pub,
                "the "
                        + edge.word()
                        + " of the week "
                        + (rel == null ? "of publication" : rel.words()));
    }

    /**
     * "the first week of November": days 1–7, 8–14 ...; "the last week": the month's last seven
     * days.
     */
    static Resolution weekOfMonth(DateParts p, YearMonth month, String anchor) {
        int first = p.ordinal().firstDay(month.lengthOfMonth());
        return span(
                month.atDay(first),
                month.atDay(first + 6),
                Precision.WEEK,
                anchor,
                "the " + p.ordinal().word() + " week of " + month);
    }
}
