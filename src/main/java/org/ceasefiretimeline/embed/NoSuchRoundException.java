package org.ceasefiretimeline.embed;

/** A slug no round has (nor had: see the note on old slugs in {@link EmbedPages}). */
class NoSuchRoundException extends RuntimeException {

    NoSuchRoundException(String slug) {
        super("No round " + slug);
    }
}
