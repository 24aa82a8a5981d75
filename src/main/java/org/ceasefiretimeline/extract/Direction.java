package org.ceasefiretimeline.extract;

/** Which way an underspecified date points from the day it is said. */
public enum Direction {
    PAST,
    FUTURE,
    /**
     * a future seen from a past moment ("was to meet Sunday", "until Sunday"): the day nearest
     * publication
     */
    NEAREST
}
