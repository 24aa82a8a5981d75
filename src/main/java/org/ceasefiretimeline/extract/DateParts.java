package org.ceasefiretimeline.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.CalendarWords;

/**
 * What a found date expression says, read once from its rule's named groups, so that resolvers see
 * values rather than words. A part the expression does not have is null.
 *
 * @param relative "last", "next", "the previous" ... before the day, week, month or year
 * @param yearRelative "last year" after a month-day
 * @param week "of last week" after a weekday
 * @param plural whether the unit was written in the plural ("days later": a couple of days)
 * @param written the words as written that reasons quote
 */
record DateParts(
        DateRuleKind kind,
        DayOfWeek weekday,
        Month month,
        Integer day,
        Integer year,
        Qualifier qualifier,
        PartOfDay part,
        LocalTime clock,
        Relative relative,
        Relative yearRelative,
        Relative week,
        Unit unit,
        boolean plural,
        Integer count,
        Offset offset,
        Edge edge,
        Ordinal ordinal,
        Season season,
        IslamicHolidays.Holiday holiday,
        Set<Surrounding> around,
        Written written) {

    /** The words of the expression as written, where a reason quotes them. */
    record Written(String weekday, String week, String count, String clock) {}

    /** What the words around the expression say about it. */
    enum Surrounding {
        /** "Thursday and then overnight": the story moves on from the day just named */
        SEQUEL,
        /** "his second visit in two days": a count of events over a past span */
        TALLY,
        /** "until mid-April", "by Feb. 3": a limit, which mostly lies ahead */
        LIMIT,
        /** "the October 7 attack": a date naming an event that has happened */
        ATTRIBUTIVE
    }

    enum Qualifier {
        EARLY,
        MID,
        LATE,
        EARLIER,
        LATER;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** "earlier", "later": an order among the day's events, not a part of it. */
        boolean ordersOnly() {
            return this == EARLIER || this == LATER;
        }
    }

    /** "the beginning of", "the end of": which part of a week or month. */
    enum Edge {
        BEGINNING,
        START,
        MIDDLE,
        END;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        Qualifier qualifier() {
            return switch (this) {
                case BEGINNING, START -> Qualifier.EARLY;
                case MIDDLE -> Qualifier.MID;
                case END -> Qualifier.LATE;
            };
        }
    }

    enum PartOfDay {
        MORNING,
        AFTERNOON,
        EVENING,
        NIGHT,
        OVERNIGHT;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Unit {
        HOUR(ChronoUnit.HOURS),
        DAY(ChronoUnit.DAYS),
        WEEK(ChronoUnit.WEEKS),
        WEEKEND(null),
        MONTH(ChronoUnit.MONTHS),
        YEAR(ChronoUnit.YEARS);

        private final ChronoUnit chrono;

        Unit(ChronoUnit chrono) {
            this.chrono = chrono;
        }

        ChronoUnit chrono() {
            return chrono;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The words the rules allow before (or, for "today", as) a day, week, month or year. */
    enum Relative {
        LAST("last"),
        NEXT("next"),
        THIS("this"),
        PAST("past"),
        THIS_PAST("this past"),
        COMING("coming"),
        PREVIOUS("previous"),
        RECENT("recent"),
        WITHIN("within"),
        IN("in"),
        THE("the"),
        THE_PAST("the past"),
        THE_COMING("the coming"),
        THE_NEXT("the next"),
        THE_PREVIOUS("the previous"),
        THE_PRECEDING("the preceding"),
        THE_FOLLOWING("the following"),
        OVER_THE("over the"),
        AT_THE("at the"),
        TODAY("today"),
        YESTERDAY("yesterday"),
        TOMORROW("tomorrow"),
        TONIGHT("tonight"),
        /** "earlier in the week": no word, this week */
        NONE("");

        private final String words;

        Relative(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** "the next day", "two days earlier", "that night": which way an offset counts. */
    enum Offset {
        NEXT(1),
        FOLLOWING(1),
        AFTER(1),
        LATER(1),
        PREVIOUS(-1),
        PRECEDING(-1),
        BEFORE(-1),
        EARLIER(-1),
        PRIOR(-1),
        SAME(0),
        THAT(0),
        /** "in the afternoon", "earlier in the day": the day itself */
        NONE(0);

        private final int sign;

        Offset(int sign) {
            this.sign = sign;
        }

        int sign() {
            return sign;
        }

        String word() {
            return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
        }
    }

    /** "the first week of November": the week's first day, or the month's last seven days. */
    enum Ordinal {
        FIRST(1),
        SECOND(8),
        THIRD(15),
        FOURTH(22),
        LAST(0),
        FINAL(0);

        private final int firstDay;

        Ordinal(int firstDay) {
            this.firstDay = firstDay;
        }

        int firstDay(int lengthOfMonth) {
            return firstDay > 0 ? firstDay : lengthOfMonth - 6;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Seasons of the northern hemisphere, by meteorological months: spring is March to May. */
    enum Season {
        SPRING(Month.MARCH),
        SUMMER(Month.JUNE),
        AUTUMN(Month.SEPTEMBER),
        FALL(Month.SEPTEMBER),
        WINTER(Month.DECEMBER);

        private final Month first;

        Season(Month first) {
            this.first = first;
        }

        Month first() {
            return first;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern CLOCK =
            Pattern.compile(
                    "(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\.?", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLOCK_24 = Pattern.compile("(\\d{1,2}):(\\d{2})");

    /** "within a day or two": two of the smaller unit. */
    private static final Pattern OR_TWO = Pattern.compile("a (day|week) or two");

    /**
     * The parts of a match of a {@code kind} rule whose named groups matched {@code groups}.
     *
     * @throws IllegalArgumentException for group text no part stands for
     * @throws DateTimeException for a month number that is no month
     */
    static DateParts of(DateRuleKind kind, Map<String, String> groups, Set<Surrounding> around) {
        var read = new Reader(kind, groups);
        String rel = read.lower("rel");
        boolean seasonQualifier =
                kind == DateRuleKind.SEASON && ("early".equals(rel) || "late".equals(rel));
        String unitText = read.lower("unit");
        String n = read.lower("n");
        Matcher orTwo = n == null ? null : OR_TWO.matcher(n);
        boolean twoOf = orTwo != null && orTwo.matches();
        if (twoOf) {
            unitText = orTwo.group(1);
        }
        boolean plural = twoOf || (unitText != null && unitText.endsWith("s"));
        String unitWord = unitText == null ? null : unitText.replaceAll("s$", "");
        PartOfDay unitPart =
                unitWord == null
                        ? null
                        : switch (unitWord) {
                            case "morning", "afternoon", "evening", "night" ->
                                    read.value(PartOfDay.class, "unit", unitWord);
                            default -> null;
                        };
        String clock = groups.getOrDefault("clock", groups.get("clock2"));
        return new DateParts(
                kind,
                groups.containsKey("wd") ? CalendarWords.weekday(groups.get("wd")) : null,
                read.month(),
                read.integer("day"),
                read.integer("year"),
                seasonQualifier
                        ? read.value(Qualifier.class, "rel", rel)
                        : read.value(Qualifier.class, "qual", read.lower("qual")),
                unitPart != null
                        ? unitPart
                        : read.value(PartOfDay.class, "part", read.lower("part")),
                clock == null ? null : read.clock(clock),
                seasonQualifier ? null : read.relative("rel"),
                read.relative("yrel"),
                read.relative("week"),
                unitWord == null || unitWord.isEmpty()
                        ? null
                        : unitPart != null ? Unit.DAY : read.value(Unit.class, "unit", unitWord),
                plural,
                twoOf ? Integer.valueOf(2) : n == null ? null : read.count(n),
                read.offset(),
                read.value(Edge.class, "edge", read.lower("edge")),
                read.value(Ordinal.class, "ord", read.lower("ord")),
                read.value(Season.class, "season", read.lower("season")),
                groups.containsKey("holiday")
                        ? IslamicHolidays.Holiday.named(groups.get("holiday"))
                        : null,
                around,
                new Written(
                        groups.get("wd"), read.lower("week"), groups.getOrDefault("n", ""), clock));
    }

    /** Reads a match's groups, naming the rule and the text in any error. */
    private record Reader(DateRuleKind kind, Map<String, String> groups) {

        String lower(String group) {
            String text = groups.get(group);
            return text == null ? null : text.toLowerCase(Locale.ROOT);
        }

        Integer integer(String group) {
            return groups.containsKey(group) ? Integer.valueOf(groups.get(group)) : null;
        }

        Month month() {
            String name = groups.get("month");
            if (name == null) {
                return null;
            }
            return name.chars().allMatch(Character::isDigit)
                    ? Month.of(Integer.parseInt(name))
                    : CalendarWords.month(name);
        }

        <E extends Enum<E>> E value(Class<E> type, String group, String text) {
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw unknown(group, text);
            }
        }

        Relative relative(String group) {
            String text = lower(group);
            if (text == null) {
                return null;
            }
            String words = text.replaceAll("\\s+", " ");
            return Arrays.stream(Relative.values())
                    .filter(r -> r.words().equals(words))
                    .findFirst()
                    .orElseThrow(() -> unknown(group, text));
        }

        Offset offset() {
            String text = lower("dir");
            return text == null
                    ? null
                    : text.isEmpty() ? Offset.NONE : value(Offset.class, "dir", text);
        }

        int count(String n) {
            return NumberWords.count(n).orElseThrow(() -> unknown("n", n));
        }

        LocalTime clock(String text) {
            String c = text.toLowerCase(Locale.ROOT);
            if (c.equals("noon")) {
                return LocalTime.NOON;
            }
            if (c.equals("midnight")) {
                // "midnight Thursday" is the end of Thursday: dated Thursday, as the article dates
                // it
                return LocalTime.of(23, 59);
            }
            Matcher h24 = CLOCK_24.matcher(c);
            if (h24.matches()) {
                // "at 23:30": a 24-hour clock
                return LocalTime.of(Integer.parseInt(h24.group(1)), Integer.parseInt(h24.group(2)));
            }
            Matcher m = CLOCK.matcher(c);
            if (!m.find()) {
                throw unknown("clock", text);
            }
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("p") ? 12 : 0);
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return LocalTime.of(hour, minute);
        }

        private IllegalArgumentException unknown(String group, String text) {
            return new IllegalArgumentException(
                    "date rule " + kind + ": no " + group + " is written '" + text + "'");
        }
    }
}
