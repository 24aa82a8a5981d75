package org.ceasefiretimeline.extract;

public enum Stance {
    ACCEPT,
    REJECT,
    COUNTER
}
