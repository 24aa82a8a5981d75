package org.ceasefiretimeline.timeline;

import java.util.Set;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;

/**
 * What the event types are called and which of them are proposals: defined here once for every
 * feature.
 */
public final class EventTypes {

    /** The types stored with a {@link Proposal}: what a round's proposal threads start from. */
    public static final Set<EventType> PROPOSALS =
            Set.of(EventType.PROPOSAL, EventType.COUNTER_PROPOSAL, EventType.DEMAND);

    private EventTypes() {}

    public static boolean isProposal(EventType type) {
        return PROPOSALS.contains(type);
    }

    /** A response by what it answered ("Accepted"), any other event by its type. */
    public static String label(EventType type, Stance stance) {
        if (type == EventType.RESPONSE && stance != null) {
            return switch (stance) {
                case ACCEPT -> "Accepted";
                case REJECT -> "Rejected";
                case COUNTER -> "Countered";
                case PENDING -> "Considering";
                case CRITICIZE -> "Criticized";
            };
        }
        return label(type);
    }

    public static String label(EventType type) {
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
