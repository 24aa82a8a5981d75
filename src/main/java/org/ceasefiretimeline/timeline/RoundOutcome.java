package org.ceasefiretimeline.timeline;

import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;

/** How a round ended, as its events say: a ceasefire in effect, talks suspended, a last "no". */
public final class RoundOutcome {

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
        if (events.isEmpty()) {
            return null;
        }
        TimelineEvent last = events.get(events.size() - 1);
        return switch (last.getType()) {
            case TALKS_SUSPENDED -> "Talks suspended";
            case RESPONSE -> last.getStance() == Stance.REJECT ? "Last proposal rejected" : null;
            default -> null;
        };
    }
}
