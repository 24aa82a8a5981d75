package org.ceasefiretimeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

    private PartOfSpeech() {}

    static String[] tag(List<Token> tokens) {
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        return Holder.TAGGER.get().tag(words);
    }

    private static POSModel load() {
        try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(
                        "OpenNLP model " + MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
        }
    }
}
