package org.ceasefiretimeline.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.CalendarWords;

/**
 * Resolves a found date expression to a span of time. Relative expressions are anchored on the
 * publication day, or for "a day earlier", "that night" and the like on the previous dated mention
 * of the passage. Bare weekdays and month-days go the way the clause's tense points.
 */
public final class DateResolver {

    /**
     * What a mention is resolved against. {@code published} is null when unknown; {@code previous}
     * is the day of the last dated mention in the passage, or null.
     */
    /**
     * @param cued whether a tense cue decided the direction, rather than the default
     * @param firm whether that cue was a verb of its own, not an auxiliary such as "has"
     */
    public record Context(
            LocalDate published,
            Direction direction,
            String directionReason,
            boolean cued,
            boolean firm,
            LocalDate previous,
            String previousText,
            DayOfWeek weekStart) {

        /**
         * Whether to look back: a clause in the past, or a past moment's future with no closer day
         * ahead.
         */
        boolean past() {
            return !direction.ahead();
        }
    }

    /**
     * A month-day without a year this close after publication is taken ahead even in a past-tense
     * clause.
     */
    static final int SOON_DAYS = 92;

    /** A month-day this close before publication is taken back even in a future-tense clause. */
    static final int RECENT_DAYS = 45;

    /** A named day's month-day this close to publication means this year's. */
    static final int NAMED_DAY_NEAR = 30;

    /**
     * A month this close after publication, after "until" or "by" or with no tense cue, is taken
     * ahead.
     */
    static final int SOON_MONTHS = 2;

    private static final Pattern CLOCK =
            Pattern.compile(
                    "(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\.?", Pattern.CASE_INSENSITIVE);

    Resolution resolve(String rule, Map<String, String> g, Context ctx) {
        try {
            return switch (rule) {
                case "FULL_DATE", "ISO_DATE" -> fullDate(g);
                case "MONTH_YEAR" -> monthYear(g);
                case "YEAR" -> year(g);
                case "MONTH_DAY" -> needsPublication(ctx, () -> monthDay(g, ctx));
                case "MONTH" -> needsPublication(ctx, () -> month(g, ctx));
                case "PART_OF_MONTH" ->
                        g.containsKey("year")
                                ? partOfMonth(
                                        YearMonth.of(
                                                Integer.parseInt(g.get("year")),
                                                month(g.get("month"))),
                                        qualOfEdge(g.get("edge")),
                                        "absolute",
                                        "a part of a month and year")
                                : needsPublication(ctx, () -> partOfNamedMonth(g, ctx));
                case "WEEKDAY" -> needsPublication(ctx, () -> weekday(g, ctx));
                case "RELATIVE_DAY" -> needsPublication(ctx, () -> relativeDay(g, ctx));
                case "OVERNIGHT" ->
                        needsPublication(ctx, () -> overnight(ctx, g.containsKey("sequel")));
                case "WEEK" -> needsPublication(ctx, () -> week(g, ctx));
                case "PART_OF_WEEK" -> needsPublication(ctx, () -> partOfWeek(g, ctx));
                case "RELATIVE_MONTH_YEAR" ->
                        needsPublication(ctx, () -> relativeMonthOrYear(g, ctx));
                case "SPAN" -> needsPublication(ctx, () -> span(g, ctx));
                case "AGO" -> needsPublication(ctx, () -> ago(g, ctx));
                case "DAY_OF_MONTH" -> needsPublication(ctx, () -> dayOfMonth(g, ctx));
                case "WEEK_OF_MONTH" ->
                        g.containsKey("year")
                                ? weekOfMonth(
                                        g,
                                        YearMonth.of(
                                                Integer.parseInt(g.get("year")),
                                                month(g.get("month"))),
                                        "absolute")
                                : needsPublication(
                                        ctx,
                                        () ->
                                                weekOfMonth(
                                                        g,
                                                        YearMonth.from(month(g, ctx).start()),
                                                        "publication " + ctx.published()));
                case "SEASON" ->
                        g.containsKey("year")
                                ? season(g, Integer.parseInt(g.get("year")), "absolute")
                                : needsPublication(ctx, () -> seasonNear(g, ctx));
                case "OFFSET" -> offset(g, ctx);
                case "CLOCK" -> clock(g, ctx);
                default -> throw new IllegalArgumentException("no resolver for rule " + rule);
            };
        } catch (DateTimeException e) {
            return Resolution.unresolved("not a real date: " + e.getMessage());
        }
    }

    private interface Resolver {
        Resolution resolve();
    }

    private static Resolution needsPublication(Context ctx, Resolver resolver) {
        return ctx.published() == null
                ? Resolution.unresolved("relative to a publication day that is unknown")
                : resolver.resolve();
    }

    Resolution fullDate(Map<String, String> g) {
        LocalDate day =
                LocalDate.of(
                        Integer.parseInt(g.get("year")),
                        month(g.get("month")),
                        Integer.parseInt(g.get("day")));
        return day(day, Precision.DAY, "absolute", "a full date");
    }

    Resolution monthYear(Map<String, String> g) {
        YearMonth month = YearMonth.of(Integer.parseInt(g.get("year")), month(g.get("month")));
        return partOfMonth(month, g.get("qual"), "absolute", "a month and year");
    }

    Resolution year(Map<String, String> g) {
        int year = Integer.parseInt(g.get("year"));
        String qual = lower(g.get("qual"));
        int from =
                qual == null
                        ? 1
                        : switch (qual) {
                            case "early" -> 1;
                            case "mid" -> 5;
                            default -> 9;
                        };
        int to = qual == null ? 12 : from + 3;
        return span(
                LocalDate.of(year, from, 1),
                YearMonth.of(year, to).atEndOfMonth(),
                Precision.YEAR,
                "absolute",
                "a year");
    }

    /**
     * "October 7": the year that puts it on or before publication, or on or after when the clause
     * looks ahead.
     */
    Resolution monthDay(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        Month month = month(g.get("month"));
        int dayOfMonth = Integer.parseInt(g.get("day"));
        LocalDate day =
                LocalDate.of(pub.getYear(), month, Math.min(dayOfMonth, month.length(false)));
        String yearWord = g.get("yrel");
        if (yearWord != null) {
            // "Aug. 26 last year": the year is named relative to publication
            int year =
                    pub.getYear()
                            + (yearWord.equals("last") ? -1 : yearWord.equals("next") ? 1 : 0);
            LocalDate named =
                    LocalDate.of(
                            year, month, Math.min(dayOfMonth, month.length(Year.isLeap(year))));
            return day(
                    named,
                    Precision.DAY,
                    "publication " + pub,
                    "'" + yearWord + " year' counted from publication " + pub);
        }
        Optional<NamedDays.NamedDay> named =
                NamedDays.meant(MonthDay.of(month, day.getDayOfMonth()), pub);
        // a dateline or a date within a month of publication is this year's, whatever it names
        boolean nearPublication = Math.abs(ChronoUnit.DAYS.between(day, pub)) <= NAMED_DAY_NEAR;
        if (named.isPresent() && !nearPublication) {
            return day(
                    named.get().day(),
                    Precision.DAY,
                    "publication " + pub,
                    "no year given: the day news names so, " + named.get().what());
        }
        String why =
                "no year given: the "
                        + (ctx.past() ? "latest on or before" : "first on or after")
                        + " publication ("
                        + ctx.directionReason()
                        + ")";
        LocalDate past = day.isAfter(pub) ? day.minusYears(1) : day;
        LocalDate ahead = day.isBefore(pub) ? day.plusYears(1) : day;
        // news rarely names a day of nearly a year ago without its year, but often one a few weeks
        // ahead
        // a past-tense verb decides ("abducted on October 7"); with no cue or an auxiliary, a date
        // a few weeks ahead beats one
        // nearly a year back; and "were supposed to begin by Feb. 3" a month ago beats next year's
        boolean soon =
                !ctx.firm()
                        && !g.containsKey("attributive")
                        && ChronoUnit.DAYS.between(pub, ahead) <= SOON_DAYS
                        && ChronoUnit.DAYS.between(past, pub) > 365 - SOON_DAYS;
        boolean recent =
                ctx.direction().ahead()
                        && ChronoUnit.DAYS.between(past, pub) <= RECENT_DAYS
                        && ChronoUnit.DAYS.between(pub, ahead) > 365 - RECENT_DAYS;
        boolean nearerAhead =
                ctx.direction() == Direction.NEAREST
                        && ChronoUnit.DAYS.between(pub, ahead) < ChronoUnit.DAYS.between(past, pub);
        if ((ctx.direction().ahead() && !recent) || soon || nearerAhead) {
            day = ahead;
            if (ctx.past()) {
                why =
                        "no year given: a day "
                                + ChronoUnit.DAYS.between(pub, ahead)
                                + " days after publication, not nearly a year before it";
            }
        } else {
            day = past;
        }
        day = day.withDayOfMonth(dayOfMonth);
        return day(day, Precision.DAY, "publication " + pub, why);
    }

    /**
     * "in February": the latest such month starting on or before publication, or the next one
     * ahead.
     */
    Resolution month(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        Month month = month(g.get("month"));
        YearMonth current = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        String rel = lower(g.get("rel"));
        YearMonth resolved;
        if (rel != null && (rel.equals("last") || rel.contains("past"))) {
            resolved = same.isBefore(current) ? same : same.minusYears(1);
        } else if (rel != null && (rel.equals("next") || rel.equals("coming"))) {
            resolved = same.isAfter(current) ? same : same.plusYears(1);
        } else if (rel != null && rel.equals("this")) {
            resolved = same;
        } else if (ctx.past()) {
            // "until mid-April" said in March, or "opens in mid-August" said in July, is this
            // year's
            YearMonth past = same.isAfter(current) ? same.minusYears(1) : same;
            YearMonth ahead = same.isBefore(current) ? same.plusYears(1) : same;
            boolean soonLimit =
                    (g.containsKey("limit") || !ctx.cued())
                            && ahead.isAfter(current)
                            && !ahead.isAfter(current.plusMonths(SOON_MONTHS))
                            && past.isBefore(current.minusMonths(8));
            resolved = soonLimit ? ahead : past;
        } else {
            resolved = same.isBefore(current) ? same.plusYears(1) : same;
        }
        return partOfMonth(
                resolved,
                g.get("qual"),
                "publication " + pub,
                "no year given: " + (rel != null ? "'" + rel + "'" : ctx.directionReason()));
    }

    /**
     * "at the end of October" (the month as in {@link #month}), "by the end of the month" (of
     * publication).
     */
    Resolution partOfNamedMonth(Map<String, String> g, Context ctx) {
        String qual = qualOfEdge(g.get("edge"));
        if (g.containsKey("month")) {
            var withQual = new HashMap<>(g);
            withQual.put("qual", qual);
            withQual.remove("rel");
            return month(withQual, ctx);
        }
        String rel = lower(g.get("rel"));
        YearMonth month =
                YearMonth.from(ctx.published())
                        .plusMonths("last".equals(rel) ? -1 : "next".equals(rel) ? 1 : 0);
        return partOfMonth(
                month,
                qual,
                "publication " + ctx.published(),
                "the " + g.get("edge") + " of the month");
    }

    private static String qualOfEdge(String edge) {
        return switch (edge) {
            case "beginning", "start" -> "early";
            case "middle" -> "mid";
            default -> "late";
        };
    }

    /**
     * A weekday, with its part of the day or clock time: the latest such day on or before
     * publication, or the first on or after when the clause looks ahead. "last" and "next" exclude
     * the publication day itself.
     */
    Resolution weekday(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        DayOfWeek weekday = CalendarWords.weekday(g.get("wd"));
        String rel = g.get("rel") == null ? null : lower(g.get("rel")).replaceAll("\\s+", " ");
        String week = lower(g.get("week"));
        LocalDate day;
        String why;
        String anchor = "publication " + pub;
        if (week != null) {
            int shift =
                    week.equals("this")
                            ? 0
                            : week.equals("next") || week.contains("following") ? 1 : -1;
            day =
                    pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()))
                            .plusWeeks(shift)
                            .with(TemporalAdjusters.nextOrSame(weekday));
            why = "'" + week + " week' seen from publication";
        } else if (rel != null
                && (rel.contains("previous")
                        || rel.contains("preceding")
                        || rel.contains("following")
                        || rel.equals("the next"))) {
            LocalDate base = ctx.previous() != null ? ctx.previous() : pub;
            boolean back = rel.contains("previous") || rel.contains("preceding");
            day =
                    base.with(
                            back
                                    ? TemporalAdjusters.previous(weekday)
                                    : TemporalAdjusters.next(weekday));
            if (ctx.previous() != null) {
                anchor = "mention '" + ctx.previousText() + "' (" + base + ")";
            }
            why = "'" + rel + "': counted from " + anchor;
        } else if (rel != null && (rel.equals("last") || rel.contains("past"))) {
            day = pub.with(TemporalAdjusters.previous(weekday));
            why = "'" + rel + "': the latest before publication";
        } else if (rel != null && rel.equals("next")) {
            day = pub.with(TemporalAdjusters.next(weekday));
            why = "'next': the first after publication";
        } else if (rel != null && rel.equals("this")) {
            day =
                    pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()))
                            .with(TemporalAdjusters.nextOrSame(weekday));
            why = "'this': the " + g.get("wd") + " of the week of publication";
        } else if (ctx.direction() == Direction.NEAREST && rel == null) {
            LocalDate before = pub.with(TemporalAdjusters.previousOrSame(weekday));
            LocalDate after = pub.with(TemporalAdjusters.nextOrSame(weekday));
            day =
                    ChronoUnit.DAYS.between(before, pub) <= ChronoUnit.DAYS.between(pub, after)
                            ? before
                            : after;
            why =
                    "the "
                            + g.get("wd")
                            + " nearest to publication, because "
                            + ctx.directionReason();
        } else if (ctx.direction() == Direction.REPORTED_FUTURE && rel == null) {
            day = pub.minusDays(1).with(TemporalAdjusters.nextOrSame(weekday));
            why =
                    "the first "
                            + g.get("wd")
                            + " on or after the day before publication (when it was said), because "
                            + ctx.directionReason();
        } else if (ctx.direction().ahead() || (rel != null && rel.equals("coming"))) {
            day = pub.with(TemporalAdjusters.nextOrSame(weekday));
            why =
                    "the first "
                            + g.get("wd")
                            + " on or after publication, because "
                            + ctx.directionReason();
        } else {
            day = pub.with(TemporalAdjusters.previousOrSame(weekday));
            why =
                    "the latest "
                            + g.get("wd")
                            + " on or before publication, because "
                            + ctx.directionReason();
        }
        String clock = g.getOrDefault("clock", g.get("clock2"));
        return withinDay(
                day,
                lower(g.get("qual")),
                g.get("part"),
                clock,
                anchor,
                "'"
                        + g.get("wd")
                        + "' → "
                        + dayName(day)
                        + " "
                        + day
                        + ", "
                        + why
                        + " (published "
                        + dayName(pub)
                        + " "
                        + pub
                        + ")");
    }

    /**
     * "today", "last night": from publication, or in a quote from the day it was said ("said
     * Wednesday").
     */
    Resolution relativeDay(Map<String, String> g, Context ctx) {
        LocalDate base = ctx.previous() != null ? ctx.previous() : ctx.published();
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "' (" + base + "), the day it was said"
                        : "publication " + base;
        String rel = lower(g.get("rel"));
        String part = g.get("part");
        LocalDate day =
                switch (rel) {
                    case "yesterday" -> base.minusDays(1);
                    case "tomorrow" -> base.plusDays(1);
                    case "last" -> base.minusDays(1);
                    default -> base;
                };
        if (rel.equals("tonight")) {
            part = "night";
        }
        return withinDay(
                day,
                lower(g.get("qual")),
                part,
                null,
                anchor,
                "'" + rel + "' counted from " + anchor);
    }

    /**
     * "overnight": the night just before publication, or next to a day named earlier in the
     * sentence: the night after it when the sentence moves on ("Thursday and then overnight"), else
     * the night before it ("said Thursday that strikes killed 12 overnight").
     */
    Resolution overnight(Context ctx, boolean afterPrevious) {
        if (ctx.previous() != null) {
            LocalDate evening = afterPrevious ? ctx.previous() : ctx.previous().minusDays(1);
            return withinDay(
                    evening,
                    null,
                    "overnight",
                    null,
                    "mention '" + ctx.previousText() + "'",
                    afterPrevious
                            ? "the night after the day named just before ('then', 'later')"
                            : "the night before the day named just before");
        }
        return withinDay(
                ctx.published().minusDays(1),
                null,
                "overnight",
                null,
                "publication " + ctx.published(),
                "the night before publication");
    }

    /** "on the 19th": this month's, unless that is on the wrong side of publication. */
    Resolution dayOfMonth(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        int day = Integer.parseInt(g.get("day"));
        YearMonth month = YearMonth.from(pub);
        if (ctx.past() && day > pub.getDayOfMonth()) {
            month = month.minusMonths(1);
        } else if (ctx.direction().ahead() && day < pub.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        while (day > month.lengthOfMonth()) {
            month = ctx.past() ? month.minusMonths(1) : month.plusMonths(1);
        }
        return day(
                month.atDay(day),
                Precision.DAY,
                "publication " + pub,
                "a day of the month, "
                        + (ctx.past() ? "the latest on or before" : "the first on or after")
                        + " publication ("
                        + ctx.directionReason()
                        + ")");
    }

    /**
     * "the first week of November": days 1–7, 8–14 ...; "the last week": the month's last seven
     * days.
     */
    Resolution weekOfMonth(Map<String, String> g, YearMonth month, String anchor) {
        String ord = lower(g.get("ord"));
        int first =
                switch (ord) {
                    case "first" -> 1;
                    case "second" -> 8;
                    case "third" -> 15;
                    case "fourth" -> 22;
                    default -> month.lengthOfMonth() - 6;
                };
        return span(
                month.atDay(first),
                month.atDay(first + 6),
                Precision.WEEK,
                anchor,
                "the " + ord + " week of " + month);
    }

    /** Seasons of the northern hemisphere, by meteorological months: spring is March to May. */
    Resolution season(Map<String, String> g, int year, String anchor) {
        int first =
                switch (g.get("season")) {
                    case "spring" -> 3;
                    case "summer" -> 6;
                    case "autumn", "fall" -> 9;
                    default -> 12;
                };
        YearMonth start = YearMonth.of(year, first);
        return span(
                start.atDay(1),
                start.plusMonths(2).atEndOfMonth(),
                Precision.SEASON,
                anchor,
                "the " + g.get("season") + " of " + year);
    }

    private Resolution seasonNear(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        String rel = lower(g.get("rel"));
        int year = pub.getYear();
        Resolution same = season(g, year, "publication " + pub);
        boolean started = !same.start().toLocalDate().isAfter(pub);
        boolean ended = same.end().toLocalDate().isBefore(pub);
        if ("last".equals(rel)) {
            year = ended ? year : year - 1;
        } else if ("next".equals(rel)) {
            year = started ? year + 1 : year;
        } else if (ctx.past()) {
            year = started ? year : year - 1;
        } else {
            year = ended ? year + 1 : year;
        }
        return season(g, year, "publication " + pub);
    }

    /**
     * Weeks run from the article's week start: Sunday in Israel and the Americas, Monday (ISO 8601)
     * elsewhere.
     */
    Resolution week(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        String rel = lower(g.get("rel")).replaceAll("\\s+", " ");
        if (rel.isEmpty()) {
            rel = "this"; // "earlier in the week"
        }
        String qual = lower(g.get("qual"));
        String anchor = "publication " + pub;
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()));
        if (g.get("unit").equals("weekend")) {
            return weekend(pub, rel, ctx.direction(), anchor);
        }
        return switch (rel) {
            case "this" -> {
                if ("earlier".equals(qual) || "early".equals(qual)) {
                    yield span(
                            monday,
                            max(monday, pub.minusDays(1)),
                            Precision.PART_OF_WEEK,
                            anchor,
                            "'earlier this week': from Monday to the day before publication");
                }
                if ("later".equals(qual) || "late".equals(qual)) {
                    yield span(
                            min(pub.plusDays(1), monday.plusDays(6)),
                            monday.plusDays(6),
                            Precision.PART_OF_WEEK,
                            anchor,
                            "'later this week': after publication, to Sunday");
                }
                yield span(
                        monday,
                        monday.plusDays(6),
                        Precision.WEEK,
                        anchor,
                        "the week of publication");
            }
            case "last", "previous", "the previous" ->
                    partOf(
                            monday.minusWeeks(1),
                            qual,
                            anchor,
                            "the calendar week before publication");
            case "past", "the past" ->
                    span(
                            pub.minusDays(7),
                            pub,
                            Precision.WEEK,
                            anchor,
                            "the seven days before publication");
            case "the coming", "coming" ->
                    span(
                            pub.plusDays(1),
                            pub.plusDays(7),
                            Precision.WEEK,
                            anchor,
                            "the seven days after publication");
            default ->
                    partOf(
                            monday.plusWeeks(1),
                            qual,
                            anchor,
                            "the calendar week after publication");
        };
    }

    /**
     * A calendar week from {@code monday}, or its first or last three days for "early" or "late".
     */
    private static Resolution partOf(LocalDate monday, String qual, String anchor, String why) {
        if ("early".equals(qual)) {
            return span(
                    monday,
                    monday.plusDays(2),
                    Precision.PART_OF_WEEK,
                    anchor,
                    why + "; early in it");
        }
        if ("late".equals(qual)) {
            return span(
                    monday.plusDays(4),
                    monday.plusDays(6),
                    Precision.PART_OF_WEEK,
                    anchor,
                    why + "; late in it");
        }
        return span(monday, monday.plusDays(6), Precision.WEEK, anchor, why);
    }

    private Resolution weekend(LocalDate pub, String rel, Direction direction, String anchor) {
        boolean ahead =
                rel.equals("next")
                        || rel.contains("coming")
                        || rel.contains("following")
                        || ((rel.equals("this") || rel.equals("at the")) && direction.ahead());
        LocalDate saturday;
        if (ahead) {
            saturday =
                    pub.getDayOfWeek() == DayOfWeek.SUNDAY
                            ? pub.minusDays(1)
                            : pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            if (rel.equals("next") && !saturday.isAfter(pub)) {
                saturday = saturday.plusWeeks(1);
            }
        } else {
            saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (rel.equals("last")
                    && pub.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                saturday = saturday.minusWeeks(1);
            }
        }
        return span(
                saturday,
                saturday.plusDays(1),
                Precision.PART_OF_WEEK,
                anchor,
                "'" + rel + " weekend' seen from publication");
    }

    Resolution partOfWeek(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        String rel = lower(g.get("rel"));
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()));
        if ("last".equals(rel)) {
            monday = monday.minusWeeks(1);
        } else if ("next".equals(rel)) {
            monday = monday.plusWeeks(1);
        }
        String edge = g.get("edge");
        int from =
                switch (edge) {
                    case "beginning", "start" -> 0;
                    case "middle" -> 1;
                    default -> 4;
                };
        int to = from == 4 ? 6 : from + 2;
        return span(
                monday.plusDays(from),
                monday.plusDays(to),
                Precision.PART_OF_WEEK,
                "publication " + pub,
                "the " + edge + " of the week " + (rel == null ? "of publication" : rel));
    }

    Resolution relativeMonthOrYear(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        String rel = lower(g.get("rel")).replaceAll("\\s+", " ");
        String qual = lower(g.get("qual"));
        boolean year = g.get("unit").equals("year");
        ChronoUnit unit = year ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
        LocalDate first = year ? pub.withDayOfYear(1) : pub.withDayOfMonth(1);
        int shift =
                switch (rel) {
                    case "last", "previous", "the previous", "past", "the past" -> -1;
                    case "this" -> 0;
                    default -> 1;
                };
        String anchor = "publication " + pub;
        Precision precision = year ? Precision.YEAR : Precision.MONTH;
        if (rel.endsWith("past")) {
            return span(
                    pub.minus(1, unit),
                    pub,
                    precision,
                    anchor,
                    "the " + unit.toString().toLowerCase(Locale.ROOT) + " before publication");
        }
        LocalDate start = first.plus(shift, unit);
        LocalDate end = start.plus(1, unit).minusDays(1);
        if ("early".equals(qual)) {
            end = start.plus(year ? 3 : 0, ChronoUnit.MONTHS).plusDays(year ? -1 : 9);
        } else if ("late".equals(qual)) {
            start = end.minusDays(year ? 91 : 9);
        } else if (shift == 0 && "earlier".equals(qual)) {
            end = max(start, pub.minusDays(1));
        } else if (shift == 0 && "later".equals(qual)) {
            start = min(end, pub.plusDays(1));
        }
        return span(
                start,
                end,
                precision,
                anchor,
                "'" + rel + " " + g.get("unit") + "' seen from publication");
    }

    Resolution span(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        String rel = g.get("rel");
        String n0 = lower(g.get("n"));
        // "within a day or two", "within a week or two": the larger count of the smaller unit
        String unitName =
                n0 != null && n0.endsWith(" or two")
                        ? n0.split(" ")[1] + "s"
                        : g.get("unit").endsWith("s") ? g.get("unit") : g.get("unit") + "s";
        int n =
                n0 != null && n0.endsWith(" or two")
                        ? 2
                        : count(g.get("n"), unitName.startsWith("hour") ? 24 : 3);
        ChronoUnit unit =
                unitName.startsWith("hour")
                        ? ChronoUnit.HOURS
                        : ChronoUnit.valueOf(unitName.toUpperCase(Locale.ROOT));
        LocalDateTime noon = pub.atTime(LocalTime.NOON);
        if (rel.equals("within") && ctx.past() && ctx.previous() != null) {
            // "rejected the proposal within hours": hours after the date just named
            LocalDate from = ctx.previous();
            return new Resolution(
                    from.atStartOfDay(),
                    from.plus(n, unit.isDateBased() ? unit : ChronoUnit.DAYS).atStartOfDay(),
                    Precision.SPAN,
                    "mention '" + ctx.previousText() + "'",
                    "within " + n + " " + unitName + " of " + from);
        }
        // "withdraw in a week" looks ahead, but "his second visit in two days" looks back
        boolean ahead =
                rel.equals("coming")
                        || rel.equals("next")
                        || rel.equals("within")
                        || rel.equalsIgnoreCase("in") && !g.containsKey("tally");
        LocalDateTime start =
                ahead
                        ? pub.plusDays(1).atStartOfDay()
                        : noon.minus(n, unit).truncatedTo(ChronoUnit.DAYS);
        LocalDateTime end =
                ahead ? noon.plus(n, unit).truncatedTo(ChronoUnit.DAYS) : pub.atStartOfDay();
        return new Resolution(
                start,
                max(start, end),
                Precision.SPAN,
                "publication " + pub,
                "about " + n + " " + unitName + (ahead ? " after" : " before") + " publication");
    }

    Resolution ago(Map<String, String> g, Context ctx) {
        LocalDate pub = ctx.published();
        String unitName = g.get("unit").replaceAll("s$", "");
        int n = count(g.get("n"), 1);
        LocalDate day =
                switch (unitName) {
                    case "hour" -> pub;
                    case "day" -> pub.minusDays(n);
                    case "week" -> pub.minusWeeks(n);
                    case "month" -> pub.minusMonths(n);
                    default -> pub.minusYears(n);
                };
        Precision precision =
                switch (unitName) {
                    case "month" -> Precision.MONTH;
                    case "year" -> Precision.YEAR;
                    default -> Precision.DAY;
                };
        return new Resolution(
                day.atStartOfDay(),
                day.atStartOfDay(),
                precision,
                "publication " + pub,
                n + " " + unitName + "(s) before publication");
    }

    /**
     * "a day earlier", "the next day", "that night": counted from the previous dated mention, else
     * publication.
     */
    Resolution offset(Map<String, String> g, Context ctx) {
        LocalDate from = ctx.previous() != null ? ctx.previous() : ctx.published();
        if (from == null) {
            return Resolution.unresolved(
                    "no earlier date in the passage and the publication day is unknown");
        }
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "' (" + from + ")"
                        : "publication " + from;
        String dir = lower(g.get("dir"));
        String unitName = lower(g.get("unit")).replaceAll("s$", "");
        // "days later" with no number: a couple
        int rough =
                g.get("n") == null && lower(g.get("unit")).endsWith("s") && !unitName.equals("hour")
                        ? 2
                        : 1;
        int n =
                switch (dir) {
                    case "next", "following", "after", "later" -> count(g.get("n"), rough);
                    case "previous", "preceding", "before", "earlier", "prior" ->
                            -count(g.get("n"), rough);
                    default -> 0;
                };
        String part =
                switch (unitName) {
                    case "night", "evening", "morning", "afternoon" -> unitName;
                    default -> null;
                };
        LocalDate day =
                switch (unitName) {
                    case "week" -> from.plusWeeks(n);
                    case "month" -> from.plusMonths(n);
                    case "year" -> from.plusYears(n);
                    case "hour" -> from.plusDays(n / 24);
                    default -> from.plusDays(n);
                };
        String why =
                "'"
                        + g.getOrDefault("n", "")
                        + " "
                        + unitName
                        + " "
                        + dir
                        + "' counted from "
                        + anchor;
        return switch (unitName) {
            case "week" -> {
                if (g.get("n") != null) {
                    yield day(day, Precision.DAY, anchor, why);
                }
                // "the previous week", "the following week": the calendar week before or after
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield span(monday, monday.plusDays(6), Precision.WEEK, anchor, why);
            }
            case "month" -> span(day, day, Precision.MONTH, anchor, why);
            case "year" -> span(day, day, Precision.YEAR, anchor, why);
            default -> withinDay(day, lower(g.get("qual")), part, null, anchor, why);
        };
    }

    Resolution clock(Map<String, String> g, Context ctx) {
        LocalDate day = ctx.previous() != null ? ctx.previous() : ctx.published();
        if (day == null) {
            return Resolution.unresolved("a time with no day, and the publication day is unknown");
        }
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "'"
                        : "publication " + day;
        return withinDay(
                day, null, null, g.get("clock"), anchor, "a clock time on the day of " + anchor);
    }

    private Resolution withinDay(
            LocalDate day, String qual, String part, String clock, String anchor, String why) {
        if (clock != null) {
            LocalDateTime time = clockTime(day, clock);
            return new Resolution(time, time, Precision.TIME, anchor, why + "; at " + clock);
        }
        LocalTime from;
        LocalDateTime until;
        if (part == null && qual == null) {
            return day(day, Precision.DAY, anchor, why);
        }
        String key = (qual == null ? "" : qual + " ") + (part == null ? "" : part);
        switch (key.strip()) {
            case "early morning", "early" -> {
                from = LocalTime.of(0, 0);
                until = day.atTime(8, 0);
            }
            case "morning" -> {
                from = LocalTime.of(6, 0);
                until = day.atTime(12, 0);
            }
            case "late morning" -> {
                from = LocalTime.of(10, 0);
                until = day.atTime(12, 0);
            }
            case "afternoon", "earlier afternoon", "early afternoon" -> {
                from = LocalTime.NOON;
                until = day.atTime(18, 0);
            }
            case "late afternoon" -> {
                from = LocalTime.of(15, 0);
                until = day.atTime(18, 0);
            }
            case "evening", "early evening" -> {
                from = LocalTime.of(18, 0);
                until = day.atTime(22, 0);
            }
            case "late evening", "late" -> {
                from = LocalTime.of(20, 0);
                until = day.plusDays(1).atStartOfDay();
            }
            case "overnight" -> {
                from = LocalTime.of(22, 0);
                until = day.plusDays(1).atTime(6, 0);
            }
            case "late night" -> {
                from = LocalTime.of(22, 0);
                until = day.plusDays(1).atTime(4, 0);
            }
            default -> {
                from = LocalTime.of(20, 0);
                until = day.plusDays(1).atTime(4, 0);
            }
        }
        return new Resolution(
                day.atTime(from), until, Precision.PART_OF_DAY, anchor, why + "; " + key.strip());
    }

    private static LocalDateTime clockTime(LocalDate day, String clock) {
        String c = clock.toLowerCase(Locale.ROOT);
        if (c.equals("noon")) {
            return day.atTime(LocalTime.NOON);
        }
        if (c.equals("midnight")) {
            // "midnight Thursday" is the end of Thursday: dated Thursday, as the article dates it
            return day.atTime(23, 59);
        }
        Matcher m = CLOCK.matcher(c);
        if (!m.find()) {
            return day.atStartOfDay();
        }
        int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("p") ? 12 : 0);
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return day.atTime(hour, minute);
    }

    private Resolution partOfMonth(YearMonth month, String qual, String anchor, String why) {
        String q = lower(qual);
        if (q == null) {
            return span(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, anchor, why);
        }
        int from =
                switch (q) {
                    case "early" -> 1;
                    case "mid" -> 11;
                    default -> 21;
                };
        LocalDate end = q.equals("late") ? month.atEndOfMonth() : month.atDay(from + 9);
        return span(
                month.atDay(from),
                end,
                Precision.PART_OF_MONTH,
                anchor,
                why + "; " + q + " in the month");
    }

    private static Resolution day(LocalDate day, Precision precision, String anchor, String why) {
        return span(day, day, precision, anchor, why);
    }

    private static Resolution span(
            LocalDate from, LocalDate to, Precision precision, String anchor, String why) {
        return new Resolution(from.atStartOfDay(), to.atStartOfDay(), precision, anchor, why);
    }

    private static Month month(String name) {
        return name.chars().allMatch(Character::isDigit)
                ? Month.of(Integer.parseInt(name))
                : CalendarWords.month(name);
    }

    private static int count(String n, int fallback) {
        if (n == null) {
            return fallback;
        }
        String word = n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three", "a few", "few" -> 3;
            case "four" -> 4;
            case "five", "several" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default ->
                    word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : fallback;
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    static String dayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
