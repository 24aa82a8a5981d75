package org.ceasefiretimeline.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.timeline.EventTypes;

/**
 * What the reader filters on and the cards say, in one vocabulary: an event type, and for a
 * response its stance ("Accepted", "Rejected", "Countered"), never a bare "Response" beside cards
 * that say "Accepted". {@code stance} is null for the other types, and for a response whose stance
 * is unknown.
 */
public record EventKind(EventType type, Stance stance) {

    /** Every kind, in the order the filter offers them. */
    public static final List<EventKind> ALL = all();

    private static List<EventKind> all() {
        List<EventKind> kinds = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (type == EventType.RESPONSE) {
                for (Stance stance : Stance.values()) {
                    kinds.add(new EventKind(type, stance));
                }
                // a response whose stance the sentence did not give: its card says "Response"
                kinds.add(new EventKind(type, null));
            } else {
                kinds.add(new EventKind(type, null));
            }
        }
        return List.copyOf(kinds);
    }

    public static EventKind of(EventType type, Stance stance) {
        return new EventKind(type, type == EventType.RESPONSE ? stance : null);
    }

    /** "Accepted", "Talks held": as the event's card says it. */
    public String label() {
        return EventTypes.label(type, stance);
    }

    /** "accepted", "talks-held": the kind in a page's address. */
    public String parameter() {
        return label().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", "");
    }

    public static Optional<EventKind> ofParameter(String parameter) {
        return ALL.stream().filter(k -> k.parameter().equals(parameter)).findFirst();
    }

    public boolean matches(EventType eventType, Stance eventStance) {
        return type == eventType && (type != EventType.RESPONSE || stance == eventStance);
    }
}
