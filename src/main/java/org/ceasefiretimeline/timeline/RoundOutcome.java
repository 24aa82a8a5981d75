package org.ceasefiretimeline.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
        // the talks' last day: statements, fighting and calls for a ceasefire after it change
        // nothing in them, and the day's reports come in no order of their own (a report dated by
        // its article puts a suspension and the proposals it recounts on one day)
        LocalDate lastDay =
                events.stream()
                        .filter(e -> !BESIDE_THE_TALKS.contains(e.getType()))
                        .map(TimelineEvent::getStart)
                        .filter(Objects::nonNull)
                        .map(LocalDateTime::toLocalDate)
                        .max(Comparator.naturalOrder())
                        .orElse(null);
        if (lastDay == null) {
            return null;
        }
        List<TimelineEvent> lastTurn =
                events.stream()
                        .filter(e -> !BESIDE_THE_TALKS.contains(e.getType()))
                        .filter(
                                e ->
                                        e.getStart() != null
                                                && e.getStart().toLocalDate().equals(lastDay))
                        .toList();
        if (lastTurn.stream().anyMatch(e -> e.getType() == EventType.TALKS_SUSPENDED)) {
            return "Talks suspended";
        }
        boolean rejected = lastTurn.stream().anyMatch(e -> e.getStance() == Stance.REJECT);
        boolean accepted = lastTurn.stream().anyMatch(e -> e.getStance() == Stance.ACCEPT);
        return rejected && !accepted ? "Last proposal rejected" : null;
    }
}
