package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.Spans.max;
import static org.ceasefiretimeline.extract.Spans.min;
import static org.ceasefiretimeline.extract.Spans.partOfMonth;
import static org.ceasefiretimeline.extract.Spans.span;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.ceasefiretimeline.extract.DateParts.Edge;
import org.ceasefiretimeline.extract.DateParts.Qualifier;
import org.ceasefiretimeline.extract.DateParts.Relative;
import org.ceasefiretimeline.extract.DateParts.Season;
import org.ceasefiretimeline.extract.DateParts.Surrounding;
import org.ceasefiretimeline.extract.DateParts.Unit;
import org.ceasefiretimeline.extract.DateResolver.Context;

/**
 * Resolves months, seasons and years: "late November 2023", "in February", "the end of October",
 * "last year", "in the spring", "mid-2023".
 */
final class MonthYearResolver {

    /**
     * A month this close after publication, after "until" or "by" or with no tense cue, is taken
     * ahead.
     */
    static final int SOON_MONTHS = 2;

    private MonthYearResolver() {}

    static Resolution monthYear(DateParts p) {
        YearMonth month = YearMonth.of(p.year(), p.month());
        return partOfMonth(month, p.qualifier(), "absolute", "a month and year");
    }

    static Resolution year(DateParts p) {
        int year = p.year();
        Qualifier qual = p.qualifier();
        int from =
                qual == null
                        ? 1
                        : switch (qual) {
                            case EARLY -> 1;
                            case MID -> 5;
                            default -> 9;
                        };
        int to = qual == null ? 12 : from + 3;
        return span(
                LocalDate.of(year, from, 1),
                YearMonth.of(year, to).atEndOfMonth(),
                Precision.YEAR,
                "absolute",
                "a year");
    }

    /**
     * "in February": the latest such month starting on or before publication, or the next one
     * ahead.
     */
    static Resolution month(Month month, Relative rel, Qualifier qual, boolean limit, Context ctx) {
        LocalDate pub = ctx.published();
        YearMonth current = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        YearMonth resolved;
        if (rel == Relative.LAST || rel == Relative.PAST || rel == Relative.THIS_PAST) {
            resolved = same.isBefore(current) ? same : same.minusYears(1);
        } else if (rel == Relative.NEXT || rel == Relative.COMING) {
            resolved = same.isAfter(current) ? same : same.plusYears(1);
        } else if (rel == Relative.THIS) {
            resolved = same;
        } else if (ctx.past()) {
            // "until mid-April" said in March, or "opens in mid-August" said in July, is this
            // year's
            YearMonth past = same.isAfter(current) ? same.minusYears(1) : same;
            YearMonth ahead = same.isBefore(current) ? same.plusYears(1) : same;
            boolean soonLimit =
                    (limit || !ctx.cued())
                            && ahead.isAfter(current)
                            && !ahead.isAfter(current.plusMonths(SOON_MONTHS))
                            && past.isBefore(current.minusMonths(8));
            resolved = soonLimit ? ahead : past;
        } else {
            resolved = same.isBefore(current) ? same.plusYears(1) : same;
        }
        return partOfMonth(
                resolved,
                qual,
                "publication " + pub,
                "no year given: "
                        + (rel != null ? "'" + rel.words() + "'" : ctx.directionReason()));
    }

    /**
     * "at the end of October" (the month as in {@link #month}), "by the end of the month" (of
     * publication).
     */
    static Resolution partOfNamedMonth(DateParts p, Context ctx) {
        Qualifier qual = p.edge().qualifier();
        if (p.month() != null) {
            return month(p.month(), null, qual, p.around().contains(Surrounding.LIMIT), ctx);
        }
        int shift = p.relative() == Relative.LAST ? -1 : p.relative() == Relative.NEXT ? 1 : 0;
        YearMonth month = YearMonth.from(ctx.published()).plusMonths(shift);
        return partOfMonth(
                month,
                qual,
                "publication " + ctx.published(),
                "the " + p.edge().word() + " of the month");
    }

    /**
     * "by the end of 2008": its last month; "the beginning of 2024": its first; "the middle of the
     * year": June and July.
     */
    static Resolution partOfYear(int year, Edge edge, String anchor) {
        YearMonth first =
                switch (edge) {
                    case BEGINNING, START -> YearMonth.of(year, Month.JANUARY);
                    case MIDDLE -> YearMonth.of(year, Month.JUNE);
                    case END -> YearMonth.of(year, Month.DECEMBER);
                };
        YearMonth last = edge == Edge.MIDDLE ? first.plusMonths(1) : first;
        return span(
                first.atDay(1),
                last.atEndOfMonth(),
                edge == Edge.MIDDLE ? Precision.SPAN : Precision.MONTH,
                anchor,
                "the " + edge.word() + " of " + year);
    }

    /** "the end of the year", "the beginning of next year": from the publication's year. */
    static Resolution partOfYearNear(DateParts p, Context ctx) {
        int shift = p.relative() == Relative.LAST ? -1 : p.relative() == Relative.NEXT ? 1 : 0;
        return partOfYear(
                ctx.published().getYear() + shift, p.edge(), "publication " + ctx.published());
    }

    static Resolution relativeMonthOrYear(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        Qualifier qual = p.qualifier();
        boolean year = p.unit() == Unit.YEAR;
        ChronoUnit unit = year ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
        LocalDate first = year ? pub.withDayOfYear(1) : pub.withDayOfMonth(1);
        int shift =
                switch (rel) {
                    case LAST, PREVIOUS, THE_PREVIOUS, PAST, THE_PAST -> -1;
                    case THIS -> 0;
                    default -> 1;
                };
        String anchor = "publication " + pub;
        Precision precision = year ? Precision.YEAR : Precision.MONTH;
        if (rel == Relative.PAST || rel == Relative.THE_PAST) {
            return span(
                    pub.minus(1, unit),
                    pub,
                    precision,
                    anchor,
                    "the " + unit.toString().toLowerCase(Locale.ROOT) + " before publication");
        }
        LocalDate start = first.plus(shift, unit);
        LocalDate end = start.plus(1, unit).minusDays(1);
        if (qual == Qualifier.EARLY) {
            end = start.plus(year ? 3 : 0, ChronoUnit.MONTHS).plusDays(year ? -1 : 9);
        } else if (qual == Qualifier.LATE) {
            start = end.minusDays(year ? 91 : 9);
        } else if (shift == 0 && qual == Qualifier.EARLIER) {
            end = max(start, pub.minusDays(1));
        } else if (shift == 0 && qual == Qualifier.LATER) {
            start = min(end, pub.plusDays(1));
        }
        return span(
                start,
                end,
                precision,
                anchor,
                "'" + rel.words() + " " + p.unit().word() + "' seen from publication");
    }

    static Resolution season(Season season, int year, String anchor) {
        YearMonth start = YearMonth.of(year, season.first());
        return span(
                start.atDay(1),
                start.plusMonths(2).atEndOfMonth(),
                Precision.SEASON,
                anchor,
                "the " + season.word() + " of " + year);
    }

    static Resolution seasonNear(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        int year = pub.getYear();
        Resolution same = season(p.season(), year, "publication " + pub);
        boolean started = !same.start().toLocalDate().isAfter(pub);
        boolean ended = same.end().toLocalDate().isBefore(pub);
        if (rel == Relative.LAST) {
            year = ended ? year : year - 1;
        } else if (rel == Relative.NEXT) {
            year = started ? year + 1 : year;
        } else if (ctx.past()) {
            year = started ? year : year - 1;
        } else {
            year = ended ? year + 1 : year;
        }
        return season(p.season(), year, "publication " + pub);
    }
}
