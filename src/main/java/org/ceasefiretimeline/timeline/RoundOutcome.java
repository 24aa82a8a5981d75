package org.ceasefiretimeline.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;

/** How a round ended, as its events say: a ceasefire in effect, talks suspended, a last "no". */
public final class RoundOutcome {

    /** Events that leave the talks where they were. */
    private static final Set<EventType> BESIDE_THE_TALKS =
            EnumSet.of(
                    EventType.STATEMENT, EventType.MILITARY_ACTION, EventType.CALL_FOR_CEASEFIRE);

    private RoundOutcome() {}

    /**
     * @param events the round's events in date order
     * @return the outcome, or null when the events do not tell
     */
    public static String of(List<TimelineEvent> events) {
        for (TimelineEvent e : events) {
            if (e.getType() == EventType.CEASEFIRE_IN_EFFECT) {
                return "Ceasefire in effect"
                        + (e.getStart() == null ? "" : " from " + e.getStart().toLocalDate());
            }
        }
        // the talks' last turn: statements, fighting and calls for a ceasefire after it change
        // nothing in them ("Talks suspended" followed by a minister's comment is still suspended)
        for (int i = events.size() - 1; i >= 0; i--) {
            TimelineEvent e = events.get(i);
            if (BESIDE_THE_TALKS.contains(e.getType())) {
                continue;
            }
            return switch (e.getType()) {
                case TALKS_SUSPENDED -> "Talks suspended";
                case RESPONSE -> e.getStance() == Stance.REJECT ? "Last proposal rejected" : null;
                default -> null;
            };
        }
        return null;
    }
}
