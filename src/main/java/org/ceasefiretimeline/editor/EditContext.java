package org.ceasefiretimeline.editor;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Who is editing and why, for the revision the current transaction writes. Set around an editor's
 * change; imports run without one and are recorded as such.
 */
public final class EditContext {

    private record Edit(String username, String reason) {}

    private static final ThreadLocal<Edit> CURRENT = new ThreadLocal<>();

    /** A restored correction's original time (CorrectionBackup); unset, the revision's is now. */
    private static final ThreadLocal<Instant> AT = new ThreadLocal<>();

    private EditContext() {}

    public static <T> T as(String username, String reason, Supplier<T> work) {
        Edit previous = CURRENT.get();
        CURRENT.set(new Edit(username, reason));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Dates the revisions written by {@code work} at {@code at} instead of now. */
    static <T> T at(Instant at, Supplier<T> work) {
        AT.set(at);
        try {
            return work.get();
        } finally {
            AT.remove();
        }
    }

    static Instant time() {
        return AT.get();
    }

    static String username() {
        Edit edit = CURRENT.get();
        return edit == null ? null : edit.username();
    }

    static String reason() {
        Edit edit = CURRENT.get();
        return edit == null ? "import" : edit.reason();
    }
}
