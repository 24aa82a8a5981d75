package org.ceasefiretimeline.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
     * The picker's client-side format and parse: "Thu 8 Feb 2024" out; in, that or "8 Feb 2024", "8
     * February 2024", "8/2/2024" (day first) or "2024-02-08". Vaadin's own formats have no weekday
     * or month names.
     */
    private static final String PICKER_FORMAT =
            """
            const days = ['Sun','Mon','Tue','Wed','Thu','Fri','Sat'];
            const months = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
            const picker = this;
            const format = d => {
              const date = new Date(Date.UTC(d.year, d.month, d.day));
              return days[date.getUTCDay()] + ' ' + d.day + ' ' + months[d.month] + ' ' + d.year;
            };
            const parse = text => {
              const t = text.trim().toLowerCase().replace(/^[a-z]+,?\\s+(?=\\d)/, '');
              let m = t.match(/^(\\d{4})-(\\d{1,2})-(\\d{1,2})$/);
              if (m) return {year: +m[1], month: +m[2] - 1, day: +m[3]};
              m = t.match(/^(\\d{1,2})[\\/.](\\d{1,2})[\\/.](\\d{4})$/);
              if (m) return {year: +m[3], month: +m[2] - 1, day: +m[1]};
              m = t.match(/^(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{4})$/);
              if (m && months.map(x => x.toLowerCase()).includes(m[2])) {
                return {year: +m[3], month: months.map(x => x.toLowerCase()).indexOf(m[2]), day: +m[1]};
              }
              return undefined;
            };
            picker.i18n = Object.assign({}, picker.i18n, {formatDate: format, parseDate: parse});
            """;

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
        // after the picker's own locale set-up, which runs when it is attached and would win
        picker.addAttachListener(e -> picker.getElement().executeJs(PICKER_FORMAT));
        return picker;
    }
}
