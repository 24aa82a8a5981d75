package org.ceasefiretimeline.extract;

/**
 * A date expression found in a sentence: the phrase and where it is ({@code begin}/{@code end} are character
 * offsets in the sentence), what it was resolved to, by which rule, and how sure.
 */
public record DateMention(Sentence sentence, String text, int begin, int end, String rule, Resolution resolution,
        double confidence) {

    public boolean resolved() {
        return resolution.resolved();
    }
}
