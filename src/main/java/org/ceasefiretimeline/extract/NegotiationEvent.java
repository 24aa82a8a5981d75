package org.ceasefiretimeline.extract;

import java.util.List;

/**
 * A negotiation event stated by a sentence: who did it ({@code actors}), through whom ({@code
 * mediators}), a response's stance, a proposal's terms. {@code date} is when the event itself
 * happened, from a date in its own clause; null when the sentence gives none, and the event is then
 * dated by the report's publication day ("reported by"). {@code mentionedDates} are the other dates
 * its sentence gives it (takes effect, expires, deadline). {@code trigger} is the phrase that marks
 * the event.
 */
public record NegotiationEvent(
        EventType type,
        List<String> actors,
        List<String> mediators,
        Stance stance,
        Terms terms,
        Sentence sentence,
        String trigger,
        DateMention date,
        List<TypedDate> mentionedDates) {

    NegotiationEvent withType(EventType newType) {
        return new NegotiationEvent(
                newType, actors, mediators, stance, terms, sentence, trigger, date, mentionedDates);
    }
}
