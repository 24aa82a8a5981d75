package org.ceasefiretimeline.extract;

/** Which way an underspecified date points from the day it is said. */
public enum Direction {
    PAST,
    FUTURE,
    /**
     * a future seen from a past moment ("was to meet Sunday", "until Sunday"): the day nearest
     * publication
     */
    NEAREST,
    /**
     * a future in reported speech ("said Saturday’s release would be postponed"): ahead of when it
     * was said, which news puts at most a day before publication
     */
    REPORTED_FUTURE;

    boolean ahead() {
        return this == FUTURE || this == REPORTED_FUTURE;
    }
}
