package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One cue of {@code negotiation-cues.txt}: words matched on lemmas, token by token. A word may list
 * alternatives ("talks|negotiations"); "~" stands for up to {@value #GAP} words (a hyphenated
 * compound is one), so "give ~ consent" matches "gave its consent" and "gave their formal consent".
 */
record CuePhrase(NegotiationCues.Kind kind, List<Set<String>> words) {

    /** Enough for a determiner, a possessive and two adjectives. */
    static final int GAP = 4;

    static final Set<String> ANY = Set.of("~");

    static CuePhrase parse(NegotiationCues.Kind kind, String text) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            words.add(Set.of(word.split("\\|")));
        }
        if (words.get(0).equals(ANY)) {
            throw new IllegalArgumentException("a cue may not start with ~: " + text);
        }
        return new CuePhrase(kind, List.copyOf(words));
    }

    /** The index of the last token matched when the phrase starts at {@code start}, else -1. */
    int matchAt(List<String> lemmas, List<Token> tokens, int start) {
        return match(lemmas, tokens, start, 0);
    }

    private int match(List<String> lemmas, List<Token> tokens, int at, int word) {
        if (word == words.size()) {
            return at - 1;
        }
        Set<String> wanted = words.get(word);
        if (wanted.equals(ANY)) {
            int skipped = 0;
            for (int skip = 0; skipped <= GAP && at + skip <= tokens.size(); skip++) {
                if (skip > 0) {
                    Token last = tokens.get(at + skip - 1);
                    if (breaksGap(last)) {
                        break;
                    }
                    // a hyphenated compound ("seven-day", three tokens) is one word of the gap,
                    // and a quotation mark none
                    boolean counts =
                            !isHyphen(last)
                                    && !(skip > 1 && isHyphen(tokens.get(at + skip - 2)))
                                    && !SentenceGrammar.QUOTE_MARKS.contains(last.text());
                    if (counts) {
                        skipped++;
                    }
                    if (skipped > GAP) {
                        break;
                    }
                }
                int end = match(lemmas, tokens, at + skip, word + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= tokens.size()) {
            return -1;
        }
        boolean hit = wanted.contains(lemmas.get(at)) || wanted.contains(tokens.get(at).lower());
        return hit ? match(lemmas, tokens, at + 1, word + 1) : -1;
    }

    private static boolean isHyphen(Token token) {
        return token.text().equals("-");
    }

    /**
     * Punctuation ends a gap; a hyphen, a possessive or a quotation mark ("“favorably”") does not.
     */
    private static boolean breaksGap(Token token) {
        return !token.isWord()
                && !token.text().equals("-")
                && !token.lower().equals("'s")
                && !SentenceGrammar.QUOTE_MARKS.contains(token.text());
    }

    /** The lemmas a sentence must hold for this cue to match: those of its first word. */
    Set<String> firstWords() {
        return words.get(0);
    }

    List<String> allWords() {
        return words.stream().filter(w -> !w.equals(ANY)).flatMap(Set::stream).toList();
    }
}
