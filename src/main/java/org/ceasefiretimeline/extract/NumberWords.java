package org.ceasefiretimeline.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ceasefiretimeline.ingest.RuleFile;

/** The counts of {@code number-words.txt}: "three days ago", "a few weeks". */
final class NumberWords {

    private static final Map<String, Integer> COUNTS = new HashMap<>();

    static {
        for (List<String> entry : RuleFile.load(NumberWords.class, "number-words.txt")) {
            try {
                int count = Integer.parseInt(entry.get(1));
                for (String words : entry.get(0).split(";\\s+")) {
                    COUNTS.put(words, count);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("number-words.txt: bad entry " + entry, e);
            }
        }
    }

    /**
     * The {NUM} placeholder of date-rules.txt: every count of the file or up to three digits,
     * case-insensitive, longest words first ("a few" before "a").
     */
    static final String REGEX =
            "(?i:"
                    + COUNTS.keySet().stream()
                            .sorted(Comparator.comparingInt(String::length).reversed())
                            .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                            .collect(Collectors.joining("|"))
                    + "|\\d{1,3})";

    private NumberWords() {}

    /** The count written as {@code words} or digits, if it is one. */
    static Optional<Integer> count(String words) {
        String word = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(COUNTS.get(word));
    }
}
