package org.ceasefiretimeline.extract;

import java.time.LocalDateTime;

/**
 * What a date expression was resolved to: a start and an end (inclusive for day precisions), how
 * precise that is, what it was resolved against, and in words why (for the editor who checks it).
 */
public record Resolution(
        LocalDateTime start, LocalDateTime end, Precision precision, String anchor, String reason) {

    public static Resolution unresolved(String reason) {
        return new Resolution(null, null, null, null, reason);
    }

    public boolean resolved() {
        return start != null;
    }
}
