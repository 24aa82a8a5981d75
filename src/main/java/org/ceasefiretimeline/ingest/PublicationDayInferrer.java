package org.ceasefiretimeline.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the day an article was published when no manifest gives it: from a date in its URL, from a
 * dateline, or from dated photo captions whose day agrees with the weekdays the text names.
 */
public final class PublicationDayInferrer {

    public record Inference(LocalDate day, String evidence) {
    }

    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<m1>" + CalendarWords.MONTH_REGEX + ")\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})"
                    + "|(?<d2>\\d{1,2})\\s+(?<m2>" + CalendarWords.MONTH_REGEX + ")\\s+(?<y2>\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + CalendarWords.WEEKDAY_REGEX + ")\\b");

    public Optional<Inference> infer(String url, List<String> datelines, List<Block> blocks) {
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                Optional<LocalDate> day = day(m.group(1), m.group(2), m.group(3));
                if (day.isPresent()) {
                    return Optional.of(new Inference(day.get(), "date in the URL " + url));
                }
            }
        }
        for (String dateline : datelines) {
            Optional<LocalDate> day = firstFullDate(dateline);
            if (day.isPresent()) {
                return Optional.of(new Inference(day.get(), "dateline '" + dateline + "'"));
            }
        }
        return fromCaptions(blocks);
    }

    /**
     * Captions are dated the day the photo was taken, which is the publication day or the day before. The
     * body then says "Friday" for the publication day more often than any other weekday.
     */
    private Optional<Inference> fromCaptions(List<Block> blocks) {
        LocalDate latest = null;
        Map<DayOfWeek, Integer> weekdayCounts = new EnumMap<>(DayOfWeek.class);
        for (Block block : blocks) {
            if (block.caption()) {
                Matcher m = FULL_DATE.matcher(block.text());
                while (m.find()) {
                    Optional<LocalDate> day = fullDate(m);
                    if (day.isPresent() && (latest == null || day.get().isAfter(latest))) {
                        latest = day.get();
                    }
                }
            } else {
                Matcher m = WEEKDAY.matcher(block.text());
                while (m.find()) {
                    weekdayCounts.merge(CalendarWords.weekday(m.group(1)), 1, Integer::sum);
                }
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        int sameDay = weekdayCounts.getOrDefault(latest.getDayOfWeek(), 0);
        int nextDay = weekdayCounts.getOrDefault(latest.plusDays(1).getDayOfWeek(), 0);
        if (sameDay == 0 && nextDay == 0) {
            return Optional.empty();
        }
        LocalDate day = nextDay > sameDay ? latest.plusDays(1) : latest;
        return Optional.of(new Inference(day, "latest caption date " + latest + " and " + Math.max(sameDay, nextDay)
                + " mentions of " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH) + " in the text"));
    }

    private static Optional<LocalDate> firstFullDate(String text) {
        Matcher m = FULL_DATE.matcher(text);
        return m.find() ? fullDate(m) : Optional.empty();
    }

    private static Optional<LocalDate> fullDate(Matcher m) {
        return m.group("m1") != null
                ? day(m.group("y1"), monthNumber(m.group("m1")), m.group("d1"))
                : day(m.group("y2"), monthNumber(m.group("m2")), m.group("d2"));
    }

    private static String monthNumber(String name) {
        return Integer.toString(CalendarWords.month(name).getValue());
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
