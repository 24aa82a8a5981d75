package org.ceasefiretimeline.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.ceasefiretimeline.extract.DateParts.Surrounding;

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
            case FULL_DATE, ISO_DATE -> DayResolver.fullDate(p);
            case MONTH_YEAR -> MonthYearResolver.monthYear(p);
            case YEAR -> MonthYearResolver.year(p);
            case MONTH_DAY -> needsPublication(ctx, () -> DayResolver.monthDay(p, ctx));
            case MONTH ->
                    needsPublication(
                            ctx,
                            () ->
                                    MonthYearResolver.month(
                                            p.month(), p.relative(), p.qualifier(), limit(p), ctx));
            case PART_OF_MONTH ->
                    Spans.lastWeekAtEnd(
                            p.edge(),
                            p.year() != null
                                    ? Spans.partOfMonth(
                                            YearMonth.of(p.year(), p.month()),
                                            p.edge().qualifier(),
                                            "absolute",
                                            "a part of a month and year")
                                    : needsPublication(
                                            ctx, () -> MonthYearResolver.partOfNamedMonth(p, ctx)));
            case PART_OF_YEAR ->
                    p.year() != null
                            ? MonthYearResolver.partOfYear(p.year(), p.edge(), "absolute")
                            : needsPublication(ctx, () -> MonthYearResolver.partOfYearNear(p, ctx));
            case WEEKDAY -> needsPublication(ctx, () -> DayResolver.weekday(p, ctx));
            case RELATIVE_DAY -> needsPublication(ctx, () -> DayResolver.relativeDay(p, ctx));
            case OVERNIGHT ->
                    needsPublication(
                            ctx,
                            () ->
                                    DayResolver.overnight(
                                            ctx, p.around().contains(Surrounding.SEQUEL)));
            case WEEK -> needsPublication(ctx, () -> WeekResolver.week(p, ctx));
            case PART_OF_WEEK -> needsPublication(ctx, () -> WeekResolver.partOfWeek(p, ctx));
            case RELATIVE_MONTH_YEAR ->
                    needsPublication(ctx, () -> MonthYearResolver.relativeMonthOrYear(p, ctx));
            case SPAN -> needsPublication(ctx, () -> SpanResolver.span(p, ctx));
            case AGO -> needsPublication(ctx, () -> SpanResolver.ago(p, ctx));
            case DAY_OF_MONTH -> needsPublication(ctx, () -> DayResolver.dayOfMonth(p, ctx));
            case WEEK_OF_MONTH ->
                    p.year() != null
                            ? WeekResolver.weekOfMonth(
                                    p, YearMonth.of(p.year(), p.month()), "absolute")
                            : needsPublication(
                                    ctx,
                                    () ->
                                            WeekResolver.weekOfMonth(
                                                    p,
                                                    YearMonth.from(
                                                            MonthYearResolver.month(
                                                                            p.month(), null, null,
                                                                            limit(p), ctx)
                                                                    .start()),
                                                    "publication " + ctx.published()));
            case SEASON ->
                    p.year() != null
                            ? MonthYearResolver.season(p.season(), p.year(), "absolute")
                            : needsPublication(ctx, () -> MonthYearResolver.seasonNear(p, ctx));
            case HOLIDAY ->
                    p.year() != null
                            ? IslamicHolidays.resolve(p, ctx)
                            : needsPublication(ctx, () -> IslamicHolidays.resolve(p, ctx));
            case OFFSET -> SpanResolver.offset(p, ctx);
            case CLOCK -> DayResolver.clock(p, ctx);
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
}
