package org.ceasefiretimeline.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;

/**
 * One editor's revision as a backup keeps it: who, when, why, the event it touched and what the
 * event (or its proposal's terms) became. Events are named by their stable key, which a fresh
 * import of the same articles gives again, and by a source sentence for when it does not.
 */
public record BackedUpCorrection(
        int revision,
        Kind kind,
        Instant at,
        String editor,
        String reason,
        EventRef event,
        EventState state,
        Terms terms) {

    public enum Kind {
        /** an editor set the event's date, type, stance, actors, round or answered proposal */
        CORRECTION,
        /** an editor marked the event verified and changed nothing else */
        VERIFICATION,
        /** an editor set a proposal's terms */
        TERMS
    }

    /** The event: its stable key, and one source to find it by when the key is gone. */
    public record EventRef(String key, String articleFile, String articleHash, String sentence) {}

    /** What the event became; {@code answers} is the answered proposal's event. */
    public record EventState(
            EventType type,
            Stance stance,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            List<String> actors,
            String round,
            EventRef answers) {}

    public record Terms(String truce, String stages, String hostages, String prisoners) {}
}
