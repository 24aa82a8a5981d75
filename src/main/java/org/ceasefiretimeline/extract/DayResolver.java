package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.Spans.day;
import static org.ceasefiretimeline.extract.Spans.dayName;
import static org.ceasefiretimeline.extract.Spans.withinDay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.ceasefiretimeline.extract.DateParts.PartOfDay;
import org.ceasefiretimeline.extract.DateParts.Relative;
import org.ceasefiretimeline.extract.DateParts.Surrounding;
import org.ceasefiretimeline.extract.DateResolver.Context;

/**
 * Resolves what names a day, or a time on it: full dates, month-days, weekdays, "today",
 * "overnight", "on the 19th", clock times.
 */
final class DayResolver {

    /**
     * A month-day without a year this close after publication is taken ahead even in a past-tense
     * clause.
     */
    static final int SOON_DAYS = 92;

    /** A month-day this close before publication is taken back even in a future-tense clause. */
    static final int RECENT_DAYS = 45;

    /** A named day's month-day this close to publication means this year's. */
    static final int NAMED_DAY_NEAR = 30;

    private DayResolver() {}

    static Resolution fullDate(DateParts p) {
        LocalDate day = LocalDate.of(p.year(), p.month(), p.day());
        return day(day, Precision.DAY, "absolute", "a full date");
    }

    /**
     * "October 7": the year that puts it on or before publication, or on or after when the clause
     * looks ahead.
     */
    static Resolution monthDay(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Month month = p.month();
        int dayOfMonth = p.day();
        LocalDate day =
                LocalDate.of(pub.getYear(), month, Math.min(dayOfMonth, month.length(false)));
        Relative yearWord = p.yearRelative();
        if (yearWord != null) {
            // "Aug. 26 last year": the year is named relative to publication
            int year =
                    pub.getYear()
                            + switch (yearWord) {
                                case LAST -> -1;
                                case NEXT -> 1;
                                default -> 0;
                            };
            LocalDate named =
                    LocalDate.of(
                            year, month, Math.min(dayOfMonth, month.length(Year.isLeap(year))));
            return day(
                    named,
                    Precision.DAY,
                    "publication " + pub,
                    "'" + yearWord.words() + " year' counted from publication " + pub);
        }
        Optional<NamedDays.NamedDay> named =
                NamedDays.meant(MonthDay.of(month, day.getDayOfMonth()), pub);
        // a dateline or a date within a month of publication is this year's, whatever it names
        boolean nearPublication = Math.abs(ChronoUnit.DAYS.between(day, pub)) <= NAMED_DAY_NEAR;
        if (named.isPresent() && !nearPublication) {
            return day(
                    named.get().day(),
                    Precision.DAY,
                    "publication " + pub,
                    "no year given: the day news names so, " + named.get().what());
        }
        String why =
                "no year given: the "
                        + (ctx.past() ? "latest on or before" : "first on or after")
                        + " publication ("
                        + ctx.directionReason()
                        + ")";
        LocalDate past = day.isAfter(pub) ? day.minusYears(1) : day;
        LocalDate ahead = day.isBefore(pub) ? day.plusYears(1) : day;
        // news rarely names a day of nearly a year ago without its year, but often one a few weeks
        // ahead
        // a past-tense verb decides ("abducted on October 7"); with no cue or an auxiliary, a date
        // a few weeks ahead beats one
        // nearly a year back; and "were supposed to begin by Feb. 3" a month ago beats next year's
        boolean soon =
                !ctx.firm()
                        && !p.around().contains(Surrounding.ATTRIBUTIVE)
                        && ChronoUnit.DAYS.between(pub, ahead) <= SOON_DAYS
                        && ChronoUnit.DAYS.between(past, pub) > 365 - SOON_DAYS;
        boolean recent =
                ctx.direction().ahead()
                        && ChronoUnit.DAYS.between(past, pub) <= RECENT_DAYS
                        && ChronoUnit.DAYS.between(pub, ahead) > 365 - RECENT_DAYS;
        boolean nearerAhead =
                ctx.direction() == Direction.NEAREST
                        && ChronoUnit.DAYS.between(pub, ahead) < ChronoUnit.DAYS.between(past, pub);
        if ((ctx.direction().ahead() && !recent) || soon || nearerAhead) {
            day = ahead;
            if (ctx.past()) {
                why =
                        "no year given: a day "
                                + ChronoUnit.DAYS.between(pub, ahead)
                                + " days after publication, not nearly a year before it";
            }
        } else {
            day = past;
        }
        day = day.withDayOfMonth(dayOfMonth);
        return day(day, Precision.DAY, "publication " + pub, why);
    }

    /**
     * A weekday, with its part of the day or clock time: the latest such day on or before
     * publication, or the first on or after when the clause looks ahead. "last" and "next" exclude
     * the publication day itself.
     */
    static Resolution weekday(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        DayOfWeek weekday = p.weekday();
        String written = p.written().weekday();
        Relative rel = p.relative();
        Relative week = p.week();
        LocalDate day;
        String why;
        String anchor = "publication " + pub;
        if (week != null) {
            int shift =
                    switch (week) {
                        case THIS -> 0;
                        case NEXT, THE_FOLLOWING -> 1;
                        default -> -1;
                    };
            day =
                    pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()))
                            .plusWeeks(shift)
                            .with(TemporalAdjusters.nextOrSame(weekday));
            why = "'" + p.written().week() + " week' seen from publication";
        } else if (rel == Relative.THE_PREVIOUS
                || rel == Relative.THE_PRECEDING
                || rel == Relative.THE_FOLLOWING
                || rel == Relative.THE_NEXT) {
            LocalDate base = ctx.previous() != null ? ctx.previous() : pub;
            boolean back = rel == Relative.THE_PREVIOUS || rel == Relative.THE_PRECEDING;
            day =
                    base.with(
                            back
                                    ? TemporalAdjusters.previous(weekday)
                                    : TemporalAdjusters.next(weekday));
            if (ctx.previous() != null) {
                anchor = "mention '" + ctx.previousText() + "' (" + base + ")";
            }
            why = "'" + rel.words() + "': counted from " + anchor;
        } else if (rel == Relative.LAST || rel == Relative.PAST || rel == Relative.THIS_PAST) {
            day = pub.with(TemporalAdjusters.previous(weekday));
            why = "'" + rel.words() + "': the latest before publication";
        } else if (rel == Relative.NEXT) {
            day = pub.with(TemporalAdjusters.next(weekday));
            why = "'next': the first after publication";
        } else if (rel == Relative.THIS) {
            day =
                    pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()))
                            .with(TemporalAdjusters.nextOrSame(weekday));
            why = "'this': the " + written + " of the week of publication";
        } else if (ctx.direction() == Direction.NEAREST && rel == null) {
            LocalDate before = pub.with(TemporalAdjusters.previousOrSame(weekday));
            LocalDate after = pub.with(TemporalAdjusters.nextOrSame(weekday));
            day =
                    ChronoUnit.DAYS.between(before, pub) <= ChronoUnit.DAYS.between(pub, after)
                            ? before
                            : after;
            why = "the " + written + " nearest to publication, because " + ctx.directionReason();
        } else if (ctx.direction() == Direction.REPORTED_FUTURE && rel == null) {
            day = pub.minusDays(1).with(TemporalAdjusters.nextOrSame(weekday));
            why =
                    "the first "
                            + written
                            + " on or after the day before publication (when it was said), because "
                            + ctx.directionReason();
        } else if (ctx.direction().ahead() || rel == Relative.COMING) {
            day = pub.with(TemporalAdjusters.nextOrSame(weekday));
            why =
                    "the first "
                            + written
                            + " on or after publication, because "
                            + ctx.directionReason();
        } else {
            day = pub.with(TemporalAdjusters.previousOrSame(weekday));
            why =
                    "the latest "
                            + written
                            + " on or before publication, because "
                            + ctx.directionReason();
        }
        return withinDay(
                day,
                p.qualifier(),
                p.part(),
                p.clock(),
                p.written().clock(),
                anchor,
                "'"
                        + written
                        + "' → "
                        + dayName(day)
                        + " "
                        + day
                        + ", "
                        + why
                        + " (published "
                        + dayName(pub)
                        + " "
                        + pub
                        + ")");
    }

    /**
     * "today", "last night": from publication, or in a quote from the day it was said ("said
     * Wednesday").
     */
    static Resolution relativeDay(DateParts p, Context ctx) {
        LocalDate base = ctx.previous() != null ? ctx.previous() : ctx.published();
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "' (" + base + "), the day it was said"
                        : "publication " + base;
        Relative rel = p.relative();
        LocalDate day =
                switch (rel) {
                    case YESTERDAY, LAST -> base.minusDays(1);
                    case TOMORROW -> base.plusDays(1);
                    default -> base;
                };
        PartOfDay part = rel == Relative.TONIGHT ? PartOfDay.NIGHT : p.part();
        return withinDay(
                day,
                p.qualifier(),
                part,
                null,
                null,
                anchor,
                "'" + rel.words() + "' counted from " + anchor);
    }

    /**
     * "overnight": the night just before publication, or next to a day named earlier in the
     * sentence: the night after it when the sentence moves on ("Thursday and then overnight"), else
     * the night before it ("said Thursday that strikes killed 12 overnight").
     */
    static Resolution overnight(Context ctx, boolean afterPrevious) {
        if (ctx.previous() != null) {
            LocalDate evening = afterPrevious ? ctx.previous() : ctx.previous().minusDays(1);
            return withinDay(
                    evening,
                    null,
                    PartOfDay.OVERNIGHT,
                    null,
                    null,
                    "mention '" + ctx.previousText() + "'",
                    afterPrevious
                            ? "the night after the day named just before ('then', 'later')"
                            : "the night before the day named just before");
        }
        return withinDay(
                ctx.published().minusDays(1),
                null,
                PartOfDay.OVERNIGHT,
                null,
                null,
                "publication " + ctx.published(),
                "the night before publication");
    }

    /** "on the 19th": this month's, unless that is on the wrong side of publication. */
    static Resolution dayOfMonth(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        int day = p.day();
        YearMonth month = YearMonth.from(pub);
        if (ctx.past() && day > pub.getDayOfMonth()) {
            month = month.minusMonths(1);
        } else if (ctx.direction().ahead() && day < pub.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        while (day > month.lengthOfMonth()) {
            month = ctx.past() ? month.minusMonths(1) : month.plusMonths(1);
        }
        return day(
                month.atDay(day),
                Precision.DAY,
                "publication " + pub,
                "a day of the month, "
                        + (ctx.past() ? "the latest on or before" : "the first on or after")
                        + " publication ("
                        + ctx.directionReason()
                        + ")");
    }

    static Resolution clock(DateParts p, Context ctx) {
        LocalDate day = ctx.previous() != null ? ctx.previous() : ctx.published();
        if (day == null) {
            return Resolution.unresolved("a time with no day, and the publication day is unknown");
        }
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "'"
                        : "publication " + day;
        return withinDay(
                day,
                null,
                null,
                p.clock(),
                p.written().clock(),
                anchor,
                "a clock time on the day of " + anchor);
    }
}
