package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.ceasefiretimeline.extract.DateParts.PartOfDay;
import org.ceasefiretimeline.extract.DateParts.Qualifier;

/** Resolutions made of whole days, or of a part of one day. */
final class Spans {

    private Spans() {}

    static Resolution withinDay(
            LocalDate day,
            Qualifier qual,
            PartOfDay part,
            LocalTime clock,
            String clockWritten,
            String anchor,
            String why) {
        if (clock != null) {
            LocalDateTime time = day.atTime(clock);
            return new Resolution(time, time, Precision.TIME, anchor, why + "; at " + clockWritten);
        }
        if (part == null && (qual == null || qual.ordersOnly())) {
            // "earlier in the day", "later today": some time that day
            return day(day, Precision.DAY, anchor, why);
        }
        var phrase = new PartsOfDay.Phrase(qual, part);
        PartsOfDay.Span span = PartsOfDay.of(day, phrase);
        return new Resolution(
                span.start(),
                span.end(),
                Precision.PART_OF_DAY,
                anchor,
                why + "; " + phrase.words());
    }

    static Resolution partOfMonth(YearMonth month, Qualifier q, String anchor, String why) {
        if (q == null) {
            return span(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, anchor, why);
        }
        int from =
                switch (q) {
                    case EARLY -> 1;
                    case MID -> 11;
                    default -> 21;
                };
        LocalDate end = q == Qualifier.LATE ? month.atEndOfMonth() : month.atDay(from + 9);
        return span(
                month.atDay(from),
                end,
                Precision.PART_OF_MONTH,
                anchor,
                why + "; " + q.word() + " in the month");
    }

    /**
     * "at the end of October" is its last week: narrower than "late October", and its first day
     * lies inside either reading.
     */
    static Resolution lastWeekAtEnd(DateParts.Edge edge, Resolution r) {
        if (edge != DateParts.Edge.END || !r.resolved()) {
            return r;
        }
        LocalDateTime lastWeek = r.end().minusDays(6);
        return r.start().isBefore(lastWeek)
                ? new Resolution(
                        lastWeek,
                        r.end(),
                        r.precision(),
                        r.anchor(),
                        r.reason() + "; its last week")
                : r;
    }

    static Resolution day(LocalDate day, Precision precision, String anchor, String why) {
        return span(day, day, precision, anchor, why);
    }

    static Resolution span(
            LocalDate from, LocalDate to, Precision precision, String anchor, String why) {
        return new Resolution(from.atStartOfDay(), to.atStartOfDay(), precision, anchor, why);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    static String dayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
