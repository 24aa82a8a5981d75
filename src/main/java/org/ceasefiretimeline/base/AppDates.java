package org.ceasefiretimeline.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How every page writes a day ("Thu 8 Feb 2024") and a moment ("Thu 8 Feb 2024, 14:03 UTC"), and
 * date pickers that write and read days the same way.
 */
public final class AppDates {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);

    /**
     * The picker's formats (date-fns patterns, which Vaadin's connector applies on the client): it
     * writes the first; it reads any of them, so "Thu 8 Feb 2024", "8 Feb 2024", "8 February 2024",
     * "8/2/2024" (day first) and "2024-02-08" all work.
     */
    private static final List<String> PICKER_FORMATS =
            List.of("EEE d MMM yyyy", "d MMM yyyy", "d MMMM yyyy", "d/M/yyyy", "yyyy-MM-dd");

    private AppDates() {}

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "Thu 8 Feb 2024", with ", 14:30" when the time is not midnight. */
    public static String dateTime(LocalDateTime at) {
        return DAY.format(at)
                + (at.toLocalTime().equals(LocalTime.MIDNIGHT) ? "" : ", " + TIME.format(at));
    }

    public static String moment(Instant at) {
        return MOMENT.format(at);
    }

    /** A date picker that shows "Thu 8 Feb 2024" and takes the day first when typed. */
    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setPlaceholder("e.g. 8 Feb 2024");
        picker.setHelperText("Day month year, e.g. 8 Feb 2024");
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(
                PICKER_FORMATS.get(0),
                PICKER_FORMATS.subList(1, PICKER_FORMATS.size()).toArray(String[]::new));
        picker.setI18n(i18n);
        return picker;
    }
}
