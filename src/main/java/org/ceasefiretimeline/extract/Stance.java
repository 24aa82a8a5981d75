package org.ceasefiretimeline.extract;

public enum Stance {
    ACCEPT,
    REJECT,
    COUNTER,
    /**
     * has it before them and has not answered yet: "is studying the offer", "has yet to respond"
     */
    PENDING,
    /** judged it without answering it: "a little over the top" */
    CRITICIZE
}
