package org.ceasefiretimeline.extract;

/**
 * The kinds of date expression that {@code date-rules.txt} names in its first column: each is
 * resolved its own way.
 */
enum DateRuleKind {
    FULL_DATE,
    ISO_DATE,
    MONTH_DAY,
    PART_OF_MONTH,
    PART_OF_YEAR,
    WEEK_OF_MONTH,
    MONTH_YEAR,
    MONTH,
    WEEKDAY,
    RELATIVE_DAY,
    OVERNIGHT,
    WEEK,
    PART_OF_WEEK,
    RELATIVE_MONTH_YEAR,
    SPAN,
    OFFSET,
    AGO,
    DAY_OF_MONTH,
    SEASON,
    HOLIDAY,
    YEAR,
    CLOCK
}
