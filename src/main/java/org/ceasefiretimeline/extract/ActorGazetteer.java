package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern ALIASES;

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
        ALIASES =
                Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?:"
                                + BY_ALIAS.keySet().stream()
                                        .sorted(Comparator.comparingInt(String::length).reversed())
                                        .map(Pattern::quote)
                                        .collect(Collectors.joining("|"))
                                + ")(?![\\p{L}\\p{N}])");
    }

    private ActorGazetteer() {}

    /** Actors named in the sentence; FOCAL and MEDIATORS are left for the caller to resolve. */
    static List<ActorMention> find(String sentence) {
        List<ActorMention> found = new ArrayList<>();
        Matcher m = ALIASES.matcher(sentence);
        while (m.find()) {
            Actor actor = BY_ALIAS.get(m.group());
            found.add(new ActorMention(actor.name, actor.role, m.group(), m.start(), m.end()));
        }
        return found;
    }

    /**
     * The default role of an actor named in {@code actors.txt}; OTHER for names it does not know.
     */
    public static ActorRole role(String actor) {
        return ROLES.getOrDefault(actor, ActorRole.OTHER);
    }
}
