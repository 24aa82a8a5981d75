package org.ceasefiretimeline.extract;

/**
 * What a date's resolution rested on, for its confidence: whether a tense cue chose its direction
 * (and was a verb of its own rather than an auxiliary), whether a cue the other way stood near,
 * which direction, whether it was counted from another mention rather than from publication,
 * whether it stands inside a quotation, and how many days its start lies from publication (0 when
 * unknown).
 */
public record DateEvidence(
        boolean cued,
        boolean firm,
        boolean contested,
        Direction direction,
        boolean anchored,
        boolean quoted,
        long daysFromPublication) {}
