package org.ceasefiretimeline.extract;

/** How finely a resolved date is known, coarsest first. */
public enum Precision {
    YEAR,
    /** "in the spring" */
    SEASON,
    MONTH,
    /** "late November", "early 2024" */
    PART_OF_MONTH,
    /** "the past few weeks", "within days" */
    SPAN,
    WEEK,
    /** "at the beginning of the week", "earlier this week" */
    PART_OF_WEEK,
    DAY,
    /** "Thursday night", "early Friday" */
    PART_OF_DAY,
    TIME;

    /** Whether a start and end of this precision are written as date-times rather than days. */
    public boolean hasTime() {
        return this == PART_OF_DAY || this == TIME;
    }

    public boolean atLeastDay() {
        return compareTo(DAY) >= 0;
    }
}
