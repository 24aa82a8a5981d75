package org.ceasefiretimeline.extract;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words of a text start, and the matches of a word pattern tried there only. A pattern of
 * word alternations tried at every character costs its alternatives at each one; words start at
 * about one character in six.
 */
final class WordStarts {

    private final String text;
    private final int[] starts;

    private WordStarts(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** A letter, digit or apostrophe ("’ll") after anything that is not a letter or digit. */
    static WordStarts of(String text) {
        int[] starts = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || c == '\'' || c == '’';
            if (wordChar && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                starts[count++] = i;
            }
        }
        return new WordStarts(text, Arrays.copyOf(starts, count));
    }

    /**
     * Hands the pattern's non-empty matches that start at a word to {@code each}, left to right and
     * not overlapping, as {@link Matcher#find()} would find them; look-behinds still see the text
     * before the start. The matcher is live: read it before returning.
     */
    void forEachMatch(Pattern pattern, Consumer<Matcher> each) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : starts) {
            if (start < from) {
                continue;
            }
            m.region(start, text.length());
            if (m.lookingAt() && m.end() > m.start()) {
                from = m.end();
                each.accept(m);
            }
        }
    }
}
