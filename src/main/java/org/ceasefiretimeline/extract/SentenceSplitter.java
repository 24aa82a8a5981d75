package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.ingest.RuleFile;

/**
 * Splits a paragraph into sentences at '.', '!' or '?' followed by white space and a capital, a
 * digit or an opening quote, except after abbreviations ("Maj. Gen.", "U.S.", "Feb. 7", "a.m.").
 * Closing quotes and parentheses stay with the sentence they close.
 */
public final class SentenceSplitter {

    private static final Set<String> TITLES = new HashSet<>();
    private static final Set<String> INITIALS = new HashSet<>();
    private static final Set<String> BEFORE_NUMBER = new HashSet<>();
    private static final Set<String> STARTERS = new HashSet<>();

    static {
        for (List<String> entry : RuleFile.load(SentenceSplitter.class, "abbreviations.txt")) {
            Set<String> target =
                    switch (entry.get(0)) {
                        case "TITLE" -> TITLES;
                        case "INITIALS" -> INITIALS;
                        default -> BEFORE_NUMBER;
                    };
            target.addAll(List.of(entry.get(1).split(" ")));
        }
        RuleFile.load(SentenceSplitter.class, "sentence-starters.txt")
                .forEach(e -> STARTERS.addAll(List.of(e.get(0).split(" "))));
    }

    public List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(paragraph.charAt(end))) {
                end++;
            }
            if (end >= n || !Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next >= n || !startsSentence(paragraph.charAt(next))) {
                continue;
            }
            if (c == '.'
                    && end == i + 1
                    && isAbbreviation(paragraph, start, i, paragraph.substring(next))) {
                continue;
            }
            add(sentences, paragraph.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot, String rest) {
        int wordStart = dot;
        while (wordStart > sentenceStart
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '('
                && !isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (TITLES.contains(word)) {
            return true;
        }
        String nextWord = rest.split("[\\s,;:]", 2)[0];
        if (BEFORE_NUMBER.contains(word)
                && !nextWord.isEmpty()
                && Character.isDigit(nextWord.charAt(0))) {
            return true;
        }
        if (INITIALS.contains(word) || word.matches("(?:[A-Z]\\.)*[A-Z]")) {
            return !STARTERS.contains(nextWord.replaceAll("^[\"“‘']", ""));
        }
        return false;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c);
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
