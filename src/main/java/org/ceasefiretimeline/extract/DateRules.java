package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.CalendarWords;
import org.ceasefiretimeline.ingest.RuleFile;

/** The date-finding rules of {@code date-rules.txt}, compiled once. */
final class DateRules {

    record Rule(
            DateRuleKind kind,
            double confidence,
            Need need,
            List<String> words,
            Pattern pattern,
            List<String> groups) {

        /**
         * Whether the sentence holds what the rule needs: its kind of word, or one of its trigger
         * words.
         */
        boolean mayMatch(String sentence, String lower, Map<Need, Boolean> met) {
            if (!words.isEmpty()) {
                return words.stream().anyMatch(lower::contains);
            }
            return met.computeIfAbsent(need, n -> n.metBy(sentence));
        }
    }

    /** What a sentence must hold for a rule to be tried. */
    enum Need {
        NOTHING,
        MONTH,
        WEEKDAY,
        DIGIT;

        boolean metBy(String sentence) {
            return switch (this) {
                case NOTHING -> true;
                case MONTH -> anyLetterRun(sentence, CalendarWords::isMonthWord);
                case WEEKDAY -> anyLetterRun(sentence, CalendarWords::isWeekdayWord);
                case DIGIT -> sentence.chars().anyMatch(Character::isDigit);
            };
        }

        /** Whether a run of ASCII letters of the sentence is such a word: a hash look-up a word. */
        private static boolean anyLetterRun(String sentence, Predicate<String> isWord) {
            int i = 0;
            while (i < sentence.length()) {
                if (!isAsciiLetter(sentence.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < sentence.length() && isAsciiLetter(sentence.charAt(end))) {
                    end++;
                }
                if (isWord.test(sentence.substring(i, end))) {
                    return true;
                }
                i = end;
            }
            return false;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }

    /** One rule's match in a sentence, with its named groups that matched. */
    record Match(Rule rule, int begin, int end, Map<String, String> groups) {

        String group(String name) {
            return groups.get(name);
        }

        int length() {
            return end - begin;
        }

        boolean overlaps(int otherBegin, int otherEnd) {
            return begin < otherEnd && otherBegin < end;
        }
    }

    private static final Map<String, String> PLACEHOLDERS =
            Map.of(
                    "{MONTH}",
                    CalendarWords.MONTH_REGEX + "(?![A-Za-z])",
                    "{WD}",
                    CalendarWords.WEEKDAY_REGEX + "\\b",
                    "{PART}",
                    "(?:morning|afternoon|evening|night|overnight)\\b",
                    "{ZONE}",
                    "(?:local\\s+time|GMT|UTC|(?:Israeli?|Gaza|Cairo|Jerusalem)\\s+time)",
                    "{CLOCK}",
                    "(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|[ap]m\\b|[AP]M\\b)|(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])|noon|midnight)",
                    "{NUM}",
                    NumberWords.REGEX);
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    static final List<Rule> RULES = load();

    private DateRules() {}

    static List<Match> findAll(String text) {
        String sentence = CalendarWords.titleCaseShouted(text);
        List<Match> matches = new ArrayList<>();
        Map<Need, Boolean> met = new EnumMap<>(Need.class);
        String lower = sentence.toLowerCase(Locale.ROOT);
        WordStarts starts = WordStarts.of(sentence);
        for (Rule rule : RULES) {
            if (!rule.mayMatch(sentence, lower, met)) {
                continue;
            }
            // a date expression starts at a word: trying the rule only there spares its
            // alternations every other position of the sentence
            starts.forEachMatch(
                    rule.pattern,
                    m -> {
                        Map<String, String> groups = new HashMap<>();
                        for (String name : rule.groups) {
                            if (m.group(name) != null) {
                                groups.put(name, m.group(name));
                            }
                        }
                        matches.add(new Match(rule, m.start(), m.end(), groups));
                    });
        }
        return matches;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (List<String> entry : RuleFile.load(DateRules.class, "date-rules.txt")) {
            DateRuleKind kind = kind(entry);
            String regex = entry.get(3);
            String needs = entry.get(2);
            boolean byKind =
                    needs.equals("-")
                            || needs.equals("MONTH")
                            || needs.equals("WEEKDAY")
                            || needs.equals("DIGIT");
            Need need = !byKind || needs.equals("-") ? Need.NOTHING : Need.valueOf(needs);
            List<String> words = byKind ? List.of() : List.of(needs.split("/"));
            for (var placeholder : PLACEHOLDERS.entrySet()) {
                regex = regex.replace(placeholder.getKey(), placeholder.getValue());
            }
            List<String> groups = new ArrayList<>();
            Matcher names = GROUP_NAME.matcher(regex);
            while (names.find()) {
                if (!groups.contains(names.group(1))) {
                    groups.add(names.group(1));
                }
            }
            try {
                rules.add(
                        new Rule(
                                kind,
                                Double.parseDouble(entry.get(1)),
                                need,
                                words,
                                Pattern.compile(regex),
                                groups));
            } catch (RuntimeException e) {
                throw new IllegalStateException("date-rules.txt: bad rule " + entry, e);
            }
        }
        return rules;
    }

    private static DateRuleKind kind(List<String> entry) {
        try {
            return DateRuleKind.valueOf(entry.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("date-rules.txt: no such rule kind in " + entry, e);
        }
    }
}
