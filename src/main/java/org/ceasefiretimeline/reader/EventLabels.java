package org.ceasefiretimeline.reader;

import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;

/** Readers' words for event types and stances. */
final class EventLabels {

    private EventLabels() {
    }

    static String of(EventType type, Stance stance) {
        if (type == EventType.RESPONSE && stance != null) {
            return switch (stance) {
                case ACCEPT -> "Accepted";
                case REJECT -> "Rejected";
                case COUNTER -> "Countered";
                case CRITICIZE -> "Criticized";
            };
        }
        return of(type);
    }

    static String of(EventType type) {
        return switch (type) {
            case PROPOSAL -> "Proposal";
            case COUNTER_PROPOSAL -> "Counter-proposal";
            case DEMAND -> "Demand";
            case RESPONSE -> "Response";
            case TALKS_HELD -> "Talks held";
            case TALKS_SUSPENDED -> "Talks suspended";
            case CEASEFIRE_IN_EFFECT -> "Ceasefire in effect";
            case CALL_FOR_CEASEFIRE -> "Call for a ceasefire";
            case MILITARY_ACTION -> "Military action";
            case STATEMENT -> "Statement";
        };
    }
}
