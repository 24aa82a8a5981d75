package org.ceasefiretimeline.extract;

public enum Stance {
    ACCEPT,
    REJECT,
    COUNTER,
    /** judged it without answering it: "a little over the top" */
    CRITICIZE
}
