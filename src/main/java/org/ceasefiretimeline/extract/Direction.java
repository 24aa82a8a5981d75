package org.ceasefiretimeline.extract;

/** Which way an underspecified date points from the day it is said. */
public enum Direction {
    PAST,
    FUTURE
}
