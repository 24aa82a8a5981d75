package org.ceasefiretimeline.extract;

/**
 * What a date's resolution rested on, for its confidence: whether a tense cue chose its direction (and was a
 * verb of its own rather than an auxiliary), which direction, whether it was counted from another mention
 * rather than from publication, and whether it stands inside a quotation.
 */
public record DateEvidence(boolean cued, boolean firm, Direction direction, boolean anchored, boolean quoted) {
}
