package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ceasefiretimeline.extract.DateParts.Edge;
import org.ceasefiretimeline.extract.DateParts.Relative;
import org.ceasefiretimeline.extract.DateResolver.Context;

/**
 * Ramadan and the two Eids by the Umm al-Qura calendar, java.time's {@link HijrahDate}: the
 * holiday's days in the Hijri year it names, or, with no year, the one nearest to publication
 * ("ahead of Ramadan" in February, "since the start of Ramadan" in March). Local sightings of the
 * moon may start it a day apart.
 */
final class IslamicHolidays {

    /** The first and last day of one year's holiday. */
    record Days(LocalDate first, LocalDate last) {

        long distanceTo(LocalDate day) {
            if (!day.isBefore(first) && !day.isAfter(last)) {
                return 0;
            }
            return Math.min(
                    Math.abs(first.toEpochDay() - day.toEpochDay()),
                    Math.abs(last.toEpochDay() - day.toEpochDay()));
        }
    }

    /** A holiday: its first day in the Hijri year, and how many days it lasts. */
    enum Holiday {
        RAMADAN(9, 1, 0),
        EID_AL_FITR(10, 1, 3),
        EID_AL_ADHA(12, 10, 4),
        /** "Eid" alone: the Eid nearest to publication */
        EID(0, 0, 0);

        private final int month;
        private final int day;
        private final int days;

        Holiday(int month, int day, int days) {
            this.month = month;
            this.day = day;
            this.days = days;
        }

        /** The holiday named by {@code words}: "Ramadan", "Eid al-Fitr", "Eid el-Adha", "Eid". */
        static Holiday named(String words) {
            String w = words.toLowerCase(Locale.ROOT);
            if (w.startsWith("ram")) {
                return RAMADAN;
            }
            return w.contains("fitr") ? EID_AL_FITR : w.contains("adha") ? EID_AL_ADHA : EID;
        }

        String word() {
            return switch (this) {
                case RAMADAN -> "Ramadan";
                case EID_AL_FITR -> "Eid al-Fitr";
                case EID_AL_ADHA -> "Eid al-Adha";
                case EID -> "Eid";
            };
        }

        /** Its days in the Hijri year {@code hijriYear}. */
        Days days(int hijriYear) {
            LocalDate first = LocalDate.from(HijrahDate.of(hijriYear, month, day));
            LocalDate last =
                    this == RAMADAN
                            ? LocalDate.from(HijrahDate.of(hijriYear, 10, 1)).minusDays(1)
                            : first.plusDays(days - 1L);
            return new Days(first, last);
        }

        /** Its days in the Hijri year {@code hijriYear}, both Eids for "Eid". */
        Stream<Days> eachDays(int hijriYear) {
            return this == EID
                    ? Stream.of(EID_AL_FITR.days(hijriYear), EID_AL_ADHA.days(hijriYear))
                    : Stream.of(days(hijriYear));
        }
    }

    private IslamicHolidays() {}

    static Resolution resolve(DateParts p, Context ctx) {
        Holiday holiday = p.holiday();
        if (p.year() != null) {
            LocalDate mid = LocalDate.of(p.year(), 7, 1);
            return of(holiday, nearest(holiday, mid, null), p.edge(), "absolute");
        }
        return of(
                holiday,
                nearest(holiday, ctx.published(), p.relative()),
                p.edge(),
                "publication " + ctx.published());
    }

    private static Resolution of(Holiday holiday, Days days, Edge edge, String anchor) {
        String name = holiday.word();
        if (edge == null) {
            return Spans.span(
                    days.first(), days.last(), Precision.SPAN, anchor, name + " " + days.first());
        }
        LocalDate day =
                switch (edge) {
                    case BEGINNING, START -> days.first();
                    case MIDDLE ->
                            days.first()
                                    .plusDays(
                                            (days.last().toEpochDay() - days.first().toEpochDay())
                                                    / 2);
                    case END -> days.last();
                };
        return Spans.span(
                day, day, Precision.DAY, anchor, "the " + edge.word() + " of " + name + " " + day);
    }

    /**
     * The holiday's days nearest to {@code day}: the one under way, else the closest; "last" the
     * latest begun, "next" and "coming" the first not yet over.
     */
    private static Days nearest(Holiday holiday, LocalDate day, Relative rel) {
        int year = HijrahDate.from(day).get(ChronoField.YEAR);
        boolean ahead = rel == Relative.NEXT || rel == Relative.COMING;
        return IntStream.rangeClosed(year - 1, year + 1)
                .boxed()
                .flatMap(holiday::eachDays)
                .filter(
                        d ->
                                rel == Relative.LAST
                                        ? d.last().isBefore(day)
                                        : !ahead || !d.last().isBefore(day))
                .min(Comparator.comparingLong(d -> d.distanceTo(day)))
                .orElseThrow();
    }
}
