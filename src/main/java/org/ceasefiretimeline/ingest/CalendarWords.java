package org.ceasefiretimeline.ingest;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Month and weekday names from {@code calendar-words.txt}, loaded once. */
public final class CalendarWords {

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (List<String> entry : RuleFile.load(CalendarWords.class, "calendar-words.txt")) {
            int number = Integer.parseInt(entry.get(1));
            for (String name : entry.get(2).split(" ")) {
                if (entry.get(0).equals("MONTH")) {
                    MONTHS.put(name, Month.of(number));
                } else {
                    WEEKDAYS.put(name, DayOfWeek.of(number));
                }
            }
        }
    }

    /** A regex alternation of every month name, longest first so "Sept." wins over "Sep". */
    public static final String MONTH_REGEX = alternation(MONTHS.keySet());

    public static final String WEEKDAY_REGEX = alternation(WEEKDAYS.keySet());

    private CalendarWords() {}

    public static Month month(String name) {
        Month month = MONTHS.get(name.strip());
        if (month == null) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return month;
    }

    public static DayOfWeek weekday(String name) {
        DayOfWeek day = WEEKDAYS.get(name.strip());
        if (day == null) {
            throw new IllegalArgumentException("not a weekday name: " + name);
        }
        return day;
    }

    /** A month name as a run of letters: "Sept" for "Sept." too. */
    public static boolean isMonthWord(String letters) {
        return MONTHS.containsKey(letters) || MONTHS.containsKey(letters + ".");
    }

    public static boolean isWeekdayWord(String letters) {
        return WEEKDAYS.containsKey(letters) || WEEKDAYS.containsKey(letters + ".");
    }

    /**
     * The text with month and weekday names written in capitals ("AUGUST 30, 2020 19:13", a byline)
     * in title case, so that rules written for "August" read them; every other character, and so
     * every offset, stays as it was.
     */
    public static String titleCaseShouted(String text) {
        char[] chars = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isUpperCase(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isUpperCase(text.charAt(end))) {
                end++;
            }
            if (end - i >= 3 && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                String word = text.charAt(i) + text.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (MONTHS.containsKey(word) || WEEKDAYS.containsKey(word)) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    word.getChars(0, word.length(), chars, i);
                }
            }
            i = end;
        }
        return chars == null ? text : new String(chars);
    }

    public static boolean isMonth(String name) {
        return MONTHS.containsKey(name);
    }

    private static String alternation(Set<String> names) {
        return "(?:"
                + names.stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(n -> n.replace(".", "\\."))
                        .collect(Collectors.joining("|"))
                + ")";
    }
}
