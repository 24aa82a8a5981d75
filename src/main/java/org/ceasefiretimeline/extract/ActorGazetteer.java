package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ceasefiretimeline.ingest.RuleFile;

/** Finds the actors of {@code actors.txt} in a sentence. */
public final class ActorGazetteer {

    static final String FOCAL = "FOCAL";
    static final String MEDIATORS = "MEDIATORS";
    static final String BOTH_SIDES = "BOTH_SIDES";

    private record Actor(String name, ActorRole role) {}

    private static final Map<String, Actor> BY_ALIAS = new HashMap<>();
    private static final Map<String, ActorRole> ROLES = new HashMap<>();

    /** Aliases by their first word, longest first: a hash look-up per word, not one big regex. */
    private static final Map<String, List<String>> BY_FIRST_WORD;

    private static final List<String> HONORIFICS =
            List.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");

    static {
        for (List<String> entry : RuleFile.load(ActorGazetteer.class, "actors.txt")) {
            Actor actor = new Actor(entry.get(0), ActorRole.valueOf(entry.get(1)));
            ROLES.put(actor.name, actor.role);
            for (String alias : entry.get(2).split(";\\s*")) {
                BY_ALIAS.put(alias, actor);
                // "the terror group" opens sentences too
                // headlines and wire ledes in capitals: "ISRAEL has proposed"
                if (alias.length() >= 4 && !alias.contains(" ")) {
                    BY_ALIAS.putIfAbsent(alias.toUpperCase(Locale.ROOT), actor);
                }
                // a person named in full once is "Mr Suleiman" after that
                String[] words = alias.split(" ");
                if (words.length >= 2
                        && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                    for (String honorific : HONORIFICS) {
                        BY_ALIAS.putIfAbsent(honorific + " " + words[words.length - 1], actor);
                    }
                }
                if (alias.startsWith("the ") || alias.startsWith("mediators")) {
                    BY_ALIAS.put(
                            Character.toUpperCase(alias.charAt(0)) + alias.substring(1), actor);
                }
            }
        }
        BY_FIRST_WORD =
                BY_ALIAS.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .collect(
                                Collectors.groupingBy(
                                        alias -> alias.substring(0, wordEnd(alias, 0)),
                                        Collectors.toList()));
    }

    private ActorGazetteer() {}

    /** Actors named in the sentence; FOCAL and MEDIATORS are left for the caller to resolve. */
    static List<ActorMention> find(String sentence) {
        List<ActorMention> found = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            if (!isWordChar(sentence.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(sentence, i);
            String alias = aliasAt(sentence, i, sentence.substring(i, wordEnd));
            if (alias == null) {
                i = wordEnd;
                continue;
            }
            Actor actor = BY_ALIAS.get(alias);
            found.add(new ActorMention(actor.name, actor.role, alias, i, i + alias.length()));
            i += alias.length();
        }
        return found;
    }

    /** The longest alias that starts at {@code begin} and ends at a word boundary. */
    private static String aliasAt(String sentence, int begin, String firstWord) {
        for (String alias : BY_FIRST_WORD.getOrDefault(firstWord, List.of())) {
            int end = begin + alias.length();
            if (sentence.startsWith(alias, begin)
                    && (end == sentence.length() || !isWordChar(sentence.charAt(end)))) {
                return alias;
            }
        }
        return null;
    }

    private static int wordEnd(String text, int begin) {
        int end = begin;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /**
     * The default role of an actor named in {@code actors.txt}; OTHER for names it does not know.
     */
    public static ActorRole role(String actor) {
        return ROLES.getOrDefault(actor, ActorRole.OTHER);
    }
}
