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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefiretimeline.extract.DateParts.Edge;
import org.ceasefiretimeline.extract.DateParts.PartOfDay;
import org.ceasefiretimeline.extract.DateParts.Qualifier;
import org.ceasefiretimeline.extract.DateParts.Relative;
import org.ceasefiretimeline.extract.DateParts.Season;
import org.ceasefiretimeline.extract.DateParts.Surrounding;
import org.ceasefiretimeline.extract.DateParts.Unit;

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

    /**
     * Resolves a match of a {@code kind} rule, whose named groups matched {@code groups}, with what
     * the words around it say.
     */
    Resolution resolve(
            DateRuleKind kind,
            Map<String, String> groups,
            Set<DateParts.Surrounding> around,
            Context ctx) {
        try {
            return resolve(DateParts.of(kind, groups, around), ctx);
        } catch (DateTimeException e) {
            return Resolution.unresolved("not a real date: " + e.getMessage());
        }
    }

    private Resolution resolve(DateParts p, Context ctx) {
        return switch (p.kind()) {
            case FULL_DATE, ISO_DATE -> fullDate(p);
            case MONTH_YEAR -> monthYear(p);
            case YEAR -> year(p);
            case MONTH_DAY -> needsPublication(ctx, () -> monthDay(p, ctx));
            case MONTH ->
                    needsPublication(
                            ctx,
                            () -> month(p.month(), p.relative(), p.qualifier(), limit(p), ctx));
            case PART_OF_MONTH ->
                    p.year() != null
                            ? partOfMonth(
                                    YearMonth.of(p.year(), p.month()),
                                    p.edge().qualifier(),
                                    "absolute",
                                    "a part of a month and year")
                            : needsPublication(ctx, () -> partOfNamedMonth(p, ctx));
            case WEEKDAY -> needsPublication(ctx, () -> weekday(p, ctx));
            case RELATIVE_DAY -> needsPublication(ctx, () -> relativeDay(p, ctx));
            case OVERNIGHT ->
                    needsPublication(
                            ctx, () -> overnight(ctx, p.around().contains(Surrounding.SEQUEL)));
            case WEEK -> needsPublication(ctx, () -> week(p, ctx));
            case PART_OF_WEEK -> needsPublication(ctx, () -> partOfWeek(p, ctx));
            case RELATIVE_MONTH_YEAR -> needsPublication(ctx, () -> relativeMonthOrYear(p, ctx));
            case SPAN -> needsPublication(ctx, () -> span(p, ctx));
            case AGO -> needsPublication(ctx, () -> ago(p, ctx));
            case DAY_OF_MONTH -> needsPublication(ctx, () -> dayOfMonth(p, ctx));
            case WEEK_OF_MONTH ->
                    p.year() != null
                            ? weekOfMonth(p, YearMonth.of(p.year(), p.month()), "absolute")
                            : needsPublication(
                                    ctx,
                                    () ->
                                            weekOfMonth(
                                                    p,
                                                    YearMonth.from(
                                                            month(
                                                                            p.month(), null, null,
                                                                            limit(p), ctx)
                                                                    .start()),
                                                    "publication " + ctx.published()));
            case SEASON ->
                    p.year() != null
                            ? season(p.season(), p.year(), "absolute")
                            : needsPublication(ctx, () -> seasonNear(p, ctx));
            case OFFSET -> offset(p, ctx);
            case CLOCK -> clock(p, ctx);
        };
    }

    private interface Resolver {
        Resolution resolve();
    }

    private static Resolution needsPublication(Context ctx, Resolver resolver) {
        return ctx.published() == null
                ? Resolution.unresolved("relative to a publication day that is unknown")
                : resolver.resolve();
    }

    private static boolean limit(DateParts p) {
        return p.around().contains(Surrounding.LIMIT);
    }

    Resolution fullDate(DateParts p) {
        LocalDate day = LocalDate.of(p.year(), p.month(), p.day());
        return day(day, Precision.DAY, "absolute", "a full date");
    }

    Resolution monthYear(DateParts p) {
        YearMonth month = YearMonth.of(p.year(), p.month());
        return partOfMonth(month, p.qualifier(), "absolute", "a month and year");
    }

    Resolution year(DateParts p) {
        int year = p.year();
        Qualifier qual = p.qualifier();
        int from =
                qual == null
                        ? 1
                        : switch (qual) {
                            case EARLY -> 1;
                            case MID -> 5;
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
    Resolution monthDay(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Month month = p.month();
        int dayOfMonth = p.day();
        LocalDate day =
                LocalDate.of(pub.getYear(), month, Math.min(dayOfMonth, month.length(false)));
        Relative yearWord = p.yearRelative();
        if (yearWord != null) {
            // "Aug. 26 last year": the year is named relative to publication
            int year =
                    pub.getYear()
                            + switch (yearWord) {
                                case LAST -> -1;
                                case NEXT -> 1;
                                default -> 0;
                            };
            LocalDate named =
                    LocalDate.of(
                            year, month, Math.min(dayOfMonth, month.length(Year.isLeap(year))));
            return day(
                    named,
                    Precision.DAY,
                    "publication " + pub,
                    "'" + yearWord.words() + " year' counted from publication " + pub);
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
                        && !p.around().contains(Surrounding.ATTRIBUTIVE)
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
    Resolution month(Month month, Relative rel, Qualifier qual, boolean limit, Context ctx) {
        LocalDate pub = ctx.published();
        YearMonth current = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        YearMonth resolved;
        if (rel == Relative.LAST || rel == Relative.PAST || rel == Relative.THIS_PAST) {
            resolved = same.isBefore(current) ? same : same.minusYears(1);
        } else if (rel == Relative.NEXT || rel == Relative.COMING) {
            resolved = same.isAfter(current) ? same : same.plusYears(1);
        } else if (rel == Relative.THIS) {
            resolved = same;
        } else if (ctx.past()) {
            // "until mid-April" said in March, or "opens in mid-August" said in July, is this
            // year's
            YearMonth past = same.isAfter(current) ? same.minusYears(1) : same;
            YearMonth ahead = same.isBefore(current) ? same.plusYears(1) : same;
            boolean soonLimit =
                    (limit || !ctx.cued())
                            && ahead.isAfter(current)
                            && !ahead.isAfter(current.plusMonths(SOON_MONTHS))
                            && past.isBefore(current.minusMonths(8));
            resolved = soonLimit ? ahead : past;
        } else {
            resolved = same.isBefore(current) ? same.plusYears(1) : same;
        }
        return partOfMonth(
                resolved,
                qual,
                "publication " + pub,
                "no year given: "
                        + (rel != null ? "'" + rel.words() + "'" : ctx.directionReason()));
    }

    /**
     * "at the end of October" (the month as in {@link #month}), "by the end of the month" (of
     * publication).
     */
    Resolution partOfNamedMonth(DateParts p, Context ctx) {
        Qualifier qual = p.edge().qualifier();
        if (p.month() != null) {
            return month(p.month(), null, qual, limit(p), ctx);
        }
        int shift = p.relative() == Relative.LAST ? -1 : p.relative() == Relative.NEXT ? 1 : 0;
        YearMonth month = YearMonth.from(ctx.published()).plusMonths(shift);
        return partOfMonth(
                month,
                qual,
                "publication " + ctx.published(),
                "the " + p.edge().word() + " of the month");
    }

    /**
     * A weekday, with its part of the day or clock time: the latest such day on or before
     * publication, or the first on or after when the clause looks ahead. "last" and "next" exclude
     * the publication day itself.
     */
    Resolution weekday(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        DayOfWeek weekday = p.weekday();
        String written = p.written().weekday();
        Relative rel = p.relative();
        Relative week = p.week();
        LocalDate day;
        String why;
        String anchor = "publication " + pub;
        if (week != null) {
            int shift =
                    switch (week) {
                        case THIS -> 0;
                        case NEXT, THE_FOLLOWING -> 1;
                        default -> -1;
                    };
            day =
                    pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()))
                            .plusWeeks(shift)
                            .with(TemporalAdjusters.nextOrSame(weekday));
            why = "'" + p.written().week() + " week' seen from publication";
        } else if (rel == Relative.THE_PREVIOUS
                || rel == Relative.THE_PRECEDING
                || rel == Relative.THE_FOLLOWING
                || rel == Relative.THE_NEXT) {
            LocalDate base = ctx.previous() != null ? ctx.previous() : pub;
            boolean back = rel == Relative.THE_PREVIOUS || rel == Relative.THE_PRECEDING;
            day =
                    base.with(
                            back
                                    ? TemporalAdjusters.previous(weekday)
                                    : TemporalAdjusters.next(weekday));
            if (ctx.previous() != null) {
                anchor = "mention '" + ctx.previousText() + "' (" + base + ")";
            }
            why = "'" + rel.words() + "': counted from " + anchor;
        } else if (rel == Relative.LAST || rel == Relative.PAST || rel == Relative.THIS_PAST) {
            day = pub.with(TemporalAdjusters.previous(weekday));
            why = "'" + rel.words() + "': the latest before publication";
        } else if (rel == Relative.NEXT) {
            day = pub.with(TemporalAdjusters.next(weekday));
            why = "'next': the first after publication";
        } else if (rel == Relative.THIS) {
            day =
                    pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()))
                            .with(TemporalAdjusters.nextOrSame(weekday));
            why = "'this': the " + written + " of the week of publication";
        } else if (ctx.direction() == Direction.NEAREST && rel == null) {
            LocalDate before = pub.with(TemporalAdjusters.previousOrSame(weekday));
            LocalDate after = pub.with(TemporalAdjusters.nextOrSame(weekday));
            day =
                    ChronoUnit.DAYS.between(before, pub) <= ChronoUnit.DAYS.between(pub, after)
                            ? before
                            : after;
            why = "the " + written + " nearest to publication, because " + ctx.directionReason();
        } else if (ctx.direction() == Direction.REPORTED_FUTURE && rel == null) {
            day = pub.minusDays(1).with(TemporalAdjusters.nextOrSame(weekday));
            why =
                    "the first "
                            + written
                            + " on or after the day before publication (when it was said), because "
                            + ctx.directionReason();
        } else if (ctx.direction().ahead() || rel == Relative.COMING) {
            day = pub.with(TemporalAdjusters.nextOrSame(weekday));
            why =
                    "the first "
                            + written
                            + " on or after publication, because "
                            + ctx.directionReason();
        } else {
            day = pub.with(TemporalAdjusters.previousOrSame(weekday));
            why =
                    "the latest "
                            + written
                            + " on or before publication, because "
                            + ctx.directionReason();
        }
        return withinDay(
                day,
                p.qualifier(),
                p.part(),
                p.clock(),
                p.written().clock(),
                anchor,
                "'"
                        + written
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
    Resolution relativeDay(DateParts p, Context ctx) {
        LocalDate base = ctx.previous() != null ? ctx.previous() : ctx.published();
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "' (" + base + "), the day it was said"
                        : "publication " + base;
        Relative rel = p.relative();
        LocalDate day =
                switch (rel) {
                    case YESTERDAY, LAST -> base.minusDays(1);
                    case TOMORROW -> base.plusDays(1);
                    default -> base;
                };
        PartOfDay part = rel == Relative.TONIGHT ? PartOfDay.NIGHT : p.part();
        return withinDay(
                day,
                p.qualifier(),
                part,
                null,
                null,
                anchor,
                "'" + rel.words() + "' counted from " + anchor);
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
                    PartOfDay.OVERNIGHT,
                    null,
                    null,
                    "mention '" + ctx.previousText() + "'",
                    afterPrevious
                            ? "the night after the day named just before ('then', 'later')"
                            : "the night before the day named just before");
        }
        return withinDay(
                ctx.published().minusDays(1),
                null,
                PartOfDay.OVERNIGHT,
                null,
                null,
                "publication " + ctx.published(),
                "the night before publication");
    }

    /** "on the 19th": this month's, unless that is on the wrong side of publication. */
    Resolution dayOfMonth(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        int day = p.day();
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
    Resolution weekOfMonth(DateParts p, YearMonth month, String anchor) {
        int first = p.ordinal().firstDay(month.lengthOfMonth());
        return span(
                month.atDay(first),
                month.atDay(first + 6),
                Precision.WEEK,
                anchor,
                "the " + p.ordinal().word() + " week of " + month);
    }

    Resolution season(Season season, int year, String anchor) {
        YearMonth start = YearMonth.of(year, season.first());
        return span(
                start.atDay(1),
                start.plusMonths(2).atEndOfMonth(),
                Precision.SEASON,
                anchor,
                "the " + season.word() + " of " + year);
    }

    private Resolution seasonNear(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        int year = pub.getYear();
        Resolution same = season(p.season(), year, "publication " + pub);
        boolean started = !same.start().toLocalDate().isAfter(pub);
        boolean ended = same.end().toLocalDate().isBefore(pub);
        if (rel == Relative.LAST) {
            year = ended ? year : year - 1;
        } else if (rel == Relative.NEXT) {
            year = started ? year + 1 : year;
        } else if (ctx.past()) {
            year = started ? year : year - 1;
        } else {
            year = ended ? year + 1 : year;
        }
        return season(p.season(), year, "publication " + pub);
    }

    /**
     * Weeks run from the article's week start: Sunday in Israel and the Americas, Monday (ISO 8601)
     * elsewhere.
     */
    Resolution week(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        // "earlier in the week": this week
        Relative rel = p.relative() == Relative.NONE ? Relative.THIS : p.relative();
        Qualifier qual = p.qualifier();
        String anchor = "publication " + pub;
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()));
        if (p.unit() == Unit.WEEKEND) {
            return weekend(pub, rel, ctx.direction(), anchor);
        }
        return switch (rel) {
            case THIS -> {
                if (qual == Qualifier.EARLIER || qual == Qualifier.EARLY) {
                    yield span(
                            monday,
                            max(monday, pub.minusDays(1)),
                            Precision.PART_OF_WEEK,
                            anchor,
                            "'earlier this week': from Monday to the day before publication");
                }
                if (qual == Qualifier.LATER || qual == Qualifier.LATE) {
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
            case LAST, PREVIOUS, THE_PREVIOUS ->
                    partOf(
                            monday.minusWeeks(1),
                            qual,
                            anchor,
                            "the calendar week before publication");
            case PAST, THE_PAST ->
                    span(
                            pub.minusDays(7),
                            pub,
                            Precision.WEEK,
                            anchor,
                            "the seven days before publication");
            case THE_COMING, COMING ->
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
    private static Resolution partOf(LocalDate monday, Qualifier qual, String anchor, String why) {
        if (qual == Qualifier.EARLY) {
            return span(
                    monday,
                    monday.plusDays(2),
                    Precision.PART_OF_WEEK,
                    anchor,
                    why + "; early in it");
        }
        if (qual == Qualifier.LATE) {
            return span(
                    monday.plusDays(4),
                    monday.plusDays(6),
                    Precision.PART_OF_WEEK,
                    anchor,
                    why + "; late in it");
        }
        return span(monday, monday.plusDays(6), Precision.WEEK, anchor, why);
    }

    private Resolution weekend(LocalDate pub, Relative rel, Direction direction, String anchor) {
        boolean ahead =
                switch (rel) {
                    case NEXT, COMING, THE_COMING -> true;
                    case THIS, AT_THE -> direction.ahead();
                    default -> false;
                };
        LocalDate saturday;
        if (ahead) {
            saturday =
                    pub.getDayOfWeek() == DayOfWeek.SUNDAY
                            ? pub.minusDays(1)
                            : pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            if (rel == Relative.NEXT && !saturday.isAfter(pub)) {
                saturday = saturday.plusWeeks(1);
            }
        } else {
            saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (rel == Relative.LAST
                    && pub.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                saturday = saturday.minusWeeks(1);
            }
        }
        return span(
                saturday,
                saturday.plusDays(1),
                Precision.PART_OF_WEEK,
                anchor,
                "'" + rel.words() + " weekend' seen from publication");
    }

    Resolution partOfWeek(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(ctx.weekStart()));
        if (rel == Relative.LAST) {
            monday = monday.minusWeeks(1);
        } else if (rel == Relative.NEXT) {
            monday = monday.plusWeeks(1);
        }
        Edge edge = p.edge();
        int from =
                switch (edge) {
                    case BEGINNING, START -> 0;
                    case MIDDLE -> 1;
                    case END -> 4;
                };
        int to = from == 4 ? 6 : from + 2;
        return span(
                monday.plusDays(from),
                monday.plusDays(to),
                Precision.PART_OF_WEEK,
                "publication " + pub,
                "the "
                        + edge.word()
                        + " of the week "
                        + (rel == null ? "of publication" : rel.words()));
    }

    Resolution relativeMonthOrYear(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        Qualifier qual = p.qualifier();
        boolean year = p.unit() == Unit.YEAR;
        ChronoUnit unit = year ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
        LocalDate first = year ? pub.withDayOfYear(1) : pub.withDayOfMonth(1);
        int shift =
                switch (rel) {
                    case LAST, PREVIOUS, THE_PREVIOUS, PAST, THE_PAST -> -1;
                    case THIS -> 0;
                    default -> 1;
                };
        String anchor = "publication " + pub;
        Precision precision = year ? Precision.YEAR : Precision.MONTH;
        if (rel == Relative.PAST || rel == Relative.THE_PAST) {
            return span(
                    pub.minus(1, unit),
                    pub,
                    precision,
                    anchor,
                    "the " + unit.toString().toLowerCase(Locale.ROOT) + " before publication");
        }
        LocalDate start = first.plus(shift, unit);
        LocalDate end = start.plus(1, unit).minusDays(1);
        if (qual == Qualifier.EARLY) {
            end = start.plus(year ? 3 : 0, ChronoUnit.MONTHS).plusDays(year ? -1 : 9);
        } else if (qual == Qualifier.LATE) {
            start = end.minusDays(year ? 91 : 9);
        } else if (shift == 0 && qual == Qualifier.EARLIER) {
            end = max(start, pub.minusDays(1));
        } else if (shift == 0 && qual == Qualifier.LATER) {
            start = min(end, pub.plusDays(1));
        }
        return span(
                start,
                end,
                precision,
                anchor,
                "'" + rel.words() + " " + p.unit().word() + "' seen from publication");
    }

    Resolution span(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Relative rel = p.relative();
        ChronoUnit unit = p.unit().chrono();
        String unitName = p.unit().word() + "s";
        // "within days": three, "within hours": a day's
        int n = p.count() != null ? p.count() : p.unit() == Unit.HOUR ? 24 : 3;
        LocalDateTime noon = pub.atTime(LocalTime.NOON);
        if (rel == Relative.WITHIN && ctx.past() && ctx.previous() != null) {
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
                switch (rel) {
                    case COMING, NEXT, WITHIN -> true;
                    case IN -> !p.around().contains(Surrounding.TALLY);
                    default -> false;
                };
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

    Resolution ago(DateParts p, Context ctx) {
        LocalDate pub = ctx.published();
        Unit unit = p.unit();
        int n = p.count();
        LocalDate day =
                switch (unit) {
                    case HOUR -> pub;
                    case DAY -> pub.minusDays(n);
                    case WEEK -> pub.minusWeeks(n);
                    case MONTH -> pub.minusMonths(n);
                    default -> pub.minusYears(n);
                };
        Precision precision =
                switch (unit) {
                    case MONTH -> Precision.MONTH;
                    case YEAR -> Precision.YEAR;
                    default -> Precision.DAY;
                };
        return new Resolution(
                day.atStartOfDay(),
                day.atStartOfDay(),
                precision,
                "publication " + pub,
                n + " " + unit.word() + "(s) before publication");
    }

    /**
     * "a day earlier", "the next day", "that night": counted from the previous dated mention, else
     * publication.
     */
    Resolution offset(DateParts p, Context ctx) {
        LocalDate from = ctx.previous() != null ? ctx.previous() : ctx.published();
        if (from == null) {
            return Resolution.unresolved(
                    "no earlier date in the passage and the publication day is unknown");
        }
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "' (" + from + ")"
                        : "publication " + from;
        Unit unit = p.unit();
        // "days later" with no number: a couple
        int rough = p.count() == null && p.plural() && unit != Unit.HOUR ? 2 : 1;
        int n = p.offset().sign() * (p.count() != null ? p.count() : rough);
        LocalDate day =
                switch (unit) {
                    case WEEK -> from.plusWeeks(n);
                    case MONTH -> from.plusMonths(n);
                    case YEAR -> from.plusYears(n);
                    case HOUR -> from.plusDays(n / 24);
                    default -> from.plusDays(n);
                };
        String unitName = p.part() != null ? p.part().word() : unit.word();
        String why =
                "'"
                        + p.written().count()
                        + " "
                        + unitName
                        + " "
                        + p.offset().word()
                        + "' counted from "
                        + anchor;
        return switch (unit) {
            case WEEK -> {
                if (p.count() != null) {
                    yield day(day, Precision.DAY, anchor, why);
                }
                // "the previous week", "the following week": the calendar week before or after
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield span(monday, monday.plusDays(6), Precision.WEEK, anchor, why);
            }
            case MONTH -> span(day, day, Precision.MONTH, anchor, why);
            case YEAR -> span(day, day, Precision.YEAR, anchor, why);
            default -> withinDay(day, p.qualifier(), p.part(), null, null, anchor, why);
        };
    }

    Resolution clock(DateParts p, Context ctx) {
        LocalDate day = ctx.previous() != null ? ctx.previous() : ctx.published();
        if (day == null) {
            return Resolution.unresolved("a time with no day, and the publication day is unknown");
        }
        String anchor =
                ctx.previous() != null
                        ? "mention '" + ctx.previousText() + "'"
                        : "publication " + day;
        return withinDay(
                day,
                null,
                null,
                p.clock(),
                p.written().clock(),
                anchor,
                "a clock time on the day of " + anchor);
    }

    private Resolution withinDay(
            LocalDate day,
            Qualifier qual,
            PartOfDay part,
            LocalTime clock,
            String clockWritten,
            String anchor,
            String why) {
        if (clock != null) {
            LocalDateTime time = day.atTime(clock);
            return new Resolution(time, time, Precision.TIME, anchor, why + "; at " + clockWritten);
        }
        if (part == null && qual == null) {
            return day(day, Precision.DAY, anchor, why);
        }
        var phrase = new PartsOfDay.Phrase(qual, part);
        PartsOfDay.Span span = PartsOfDay.of(day, phrase);
        return new Resolution(
                span.start(),
                span.end(),
                Precision.PART_OF_DAY,
                anchor,
                why + "; " + phrase.words());
    }

    private Resolution partOfMonth(YearMonth month, Qualifier q, String anchor, String why) {
        if (q == null) {
            return span(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, anchor, why);
        }
        int from =
                switch (q) {
                    case EARLY -> 1;
                    case MID -> 11;
                    default -> 21;
                };
        LocalDate end = q == Qualifier.LATE ? month.atEndOfMonth() : month.atDay(from + 9);
        return span(
                month.atDay(from),
                end,
                Precision.PART_OF_MONTH,
                anchor,
                why + "; " + q.word() + " in the month");
    }

    private static Resolution day(LocalDate day, Precision precision, String anchor, String why) {
        return span(day, day, precision, anchor, why);
    }

    private static Resolution span(
            LocalDate from, LocalDate to, Precision precision, String anchor, String why) {
        return new Resolution(from.atStartOfDay(), to.atStartOfDay(), precision, anchor, why);
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
