package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into tokens once, for every rule after it: words (with "U.S."-style
 * abbreviations and inner apostrophes kept whole), the possessive "’s" on its own, and every other
 * mark (hyphens included, so that "U.S.-proposed" is "U.S.", "-", "proposed") as a token of its
 * own.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else if (isApostrophe(c)
                    && i + 1 < n
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))
                    && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).end() == i) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2));
                i += 2;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        // "U.S.", "a.m.", "U.N.": single letters each followed by a period
        int j = start;
        while (j + 1 < n
                && Character.isLetter(text.charAt(j))
                && text.charAt(j + 1) == '.'
                && (j + 2 >= n
                        || !Character.isLetter(text.charAt(j + 2))
                        || text.charAt(j + 3 < n ? j + 3 : j + 2) == '.')) {
            j += 2;
        }
        if (j - start >= 4) {
            return j;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((isApostrophe(c) || c == '.' || c == ',')
                    && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !(isApostrophe(c)
                            && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                            && (i + 2 == n || !Character.isLetter(text.charAt(i + 2))))
                    && (c != ',' && c != '.'
                            || Character.isDigit(text.charAt(i - 1))
                                    && Character.isDigit(text.charAt(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
