package org.ceasefiretimeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day a calendar week starts on, for "last week" and "this week": Monday (ISO 8601), except
 * for an Israeli paper out on a Sunday, the first day of Israel's working week, which calls the
 * seven days just ended "last week".
 */
final class WeekStart {

    private WeekStart() {}

    static DayOfWeek of(ZoneId zone, LocalDate published) {
        String id = zone == null ? "" : zone.getId();
        boolean israeli = id.equals("Asia/Jerusalem") || id.equals("Asia/Tel_Aviv");
        return israeli && published != null && published.getDayOfWeek() == DayOfWeek.SUNDAY
                ? DayOfWeek.SUNDAY
                : DayOfWeek.MONDAY;
    }
}
