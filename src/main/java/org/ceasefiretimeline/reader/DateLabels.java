package org.ceasefiretimeline.reader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.reader.TimelineViews.EventView;

/**
 * How the reader sees a date: "Thu 11 May 2023", with the time or the span where the precision has
 * one.
 */
final class DateLabels {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private DateLabels() {}

    static String of(EventView e) {
        if (e.start() == null) {
            return "Undated";
        }
        return of(e.start(), e.end(), e.precision());
    }

    static String of(LocalDateTime start, LocalDateTime end, Precision precision) {
        if (precision == null) {
            return DAY.format(start);
        }
        return switch (precision) {
            case YEAR -> Integer.toString(start.getYear());
            case SEASON, MONTH -> MONTH.format(start);
            case PART_OF_MONTH, SPAN, WEEK, PART_OF_WEEK ->
                    end == null || end.toLocalDate().equals(start.toLocalDate())
                            ? DAY.format(start)
                            : DAY.format(start) + " – " + DAY.format(end);
            case TIME -> DAY.format(start) + ", " + TIME.format(start);
            default -> DAY.format(start);
        };
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * Whether the date is known only roughly: placed on a publication day, or coarser than a day.
     */
    static boolean approximate(EventView e) {
        return e.approximate()
                || e.precision() == null
                || e.precision().compareTo(Precision.DAY) < 0;
    }
}
