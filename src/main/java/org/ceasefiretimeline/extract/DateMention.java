package org.ceasefiretimeline.extract;

import java.util.List;

/**
 * A date expression found in a sentence: the phrase and where it is ({@code begin}/{@code end} are
 * character offsets in the sentence), what it was resolved to, by which rule, on what evidence, and
 * the probability that the resolved day is right ({@link ConfidenceModel}).
 */
public record DateMention(
        Sentence sentence,
        String text,
        int begin,
        int end,
        String rule,
        Resolution resolution,
        DateEvidence evidence,
        double confidence) {

    static DateMention of(
            Sentence sentence,
            String text,
            int begin,
            int end,
            String rule,
            Resolution resolution,
            DateEvidence evidence) {
        return new DateMention(
                sentence,
                text,
                begin,
                end,
                rule,
                resolution,
                evidence,
                ConfidenceModel.INSTANCE.probability(
                        rule, resolution, evidence, sentence.caption()));
    }

    DateMention withResolution(Resolution changed) {
        return of(sentence, text, begin, end, rule, changed, evidence);
    }

    /**
     * The names of the signals the confidence model weighed, for the report and for refitting it.
     */
    public List<String> signals() {
        return ConfidenceModel.features(rule, evidence, sentence.caption()).stream()
                .map(Enum::name)
                .toList();
    }

    public boolean resolved() {
        return resolution.resolved();
    }
}
