package org.ceasefiretimeline.extract;

import java.util.Locale;

/** A word or punctuation mark of a sentence, at character offsets {@code begin}..{@code end}. */
record Token(String text, int begin, int end, String lower) {

    Token(String text, int begin, int end) {
        this(text, begin, end, text.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }
}
