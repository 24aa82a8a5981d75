package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.ceasefiretimeline.ingest.RuleFile;

/** The days of {@code named-days.txt}: "October 7" in a 2025 article is the day of the attack. */
final class NamedDays {

    record NamedDay(LocalDate day, int years, String what) {}

    private static final List<NamedDay> DAYS =
            RuleFile.load(NamedDays.class, "named-days.txt").stream()
                    .map(
                            e ->
                                    new NamedDay(
                                            LocalDate.parse(e.get(0)),
                                            Integer.parseInt(e.get(1)),
                                            e.get(2)))
                    .toList();

    private NamedDays() {}

    /** The named day a bare month-day stands for in an article published on {@code published}. */
    static Optional<NamedDay> meant(MonthDay monthDay, LocalDate published) {
        return DAYS.stream()
                .filter(d -> MonthDay.from(d.day()).equals(monthDay))
                .filter(d -> !published.isBefore(d.day()))
                .filter(d -> published.isBefore(d.day().plusYears(d.years())))
                .findFirst();
    }
}
