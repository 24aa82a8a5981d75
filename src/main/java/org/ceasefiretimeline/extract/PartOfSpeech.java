package org.ceasefiretimeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal part-of-speech tags (VERB, AUX, NOUN, PROPN, ADP, PRON...) from OpenNLP's English UD
 * model. The model is loaded once on first use and shared; a tagger keeps state, so each thread has
 * its own.
 */
final class PartOfSpeech {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final POSModel MODEL_INSTANCE = load();
        static final ThreadLocal<POSTaggerME> TAGGER =
                ThreadLocal.withInitial(() -> new POSTaggerME(MODEL_INSTANCE));
    }

    /** The artifact in the model file that holds the tagger's weights. */
    private static final String POS_WEIGHTS = "pos.model";

    /**
     * The best tag at each word given the ones before it, not the best of three running sequences:
     * three times less work, and on the development set the same scores.
     */
    private static final int BEAM = 1;

    private PartOfSpeech() {}

    static String[] tag(List<Token> tokens) {
        String[] words = tokens.stream().map(t -> straightQuotes(t.text())).toArray(String[]::new);
        return Holder.TAGGER.get().tag(words);
    }

    /**
     * The model learnt its quotes and apostrophes straight: given "Hamas’ demand" with a curly one
     * it tags "demand" a verb, given "Hamas' demand" a noun.
     */
    private static String straightQuotes(String word) {
        if (word.length() != 1) {
            return word;
        }
        return switch (word.charAt(0)) {
            case '\u2018', '\u2019' -> "'";
            case '\u201C', '\u201D' -> "\"";
            default -> word;
        };
    }

    private static POSModel load() {
        try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(
                        "OpenNLP model " + MODEL + " is not on the class path");
            }
            POSModel beamOfThree = new POSModel(in);
            MaxentModel weights = beamOfThree.getArtifact(POS_WEIGHTS);
            return new POSModel(
                    beamOfThree.getLanguage(), weights, BEAM, Map.of(), beamOfThree.getFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
        }
    }
}
