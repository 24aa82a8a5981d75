package org.ceasefiretimeline.extract;

public enum EventType {
    PROPOSAL,
    COUNTER_PROPOSAL,
    DEMAND,
    RESPONSE,
    TALKS_HELD,
    TALKS_SUSPENDED,
    CEASEFIRE_IN_EFFECT,
    CALL_FOR_CEASEFIRE,
    MILITARY_ACTION,
    STATEMENT
}
