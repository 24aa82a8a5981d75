package org.ceasefiretimeline.extract;

import java.util.List;

/**
 * A negotiation event stated by a sentence: who did it ({@code actors}), through whom ({@code mediators}), a
 * response's stance, a proposal's terms, and the date mention in the sentence that dates it, if any.
 * {@code trigger} is the phrase that marks the event.
 */
public record NegotiationEvent(EventType type, List<String> actors, List<String> mediators, Stance stance,
        Terms terms, Sentence sentence, String trigger, DateMention date) {
}
