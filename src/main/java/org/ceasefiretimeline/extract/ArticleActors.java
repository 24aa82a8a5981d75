package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the whole article says about its actors: the group it is about (whom "the terror group"
 * means) and the mediators it names, above all those it calls "mediators" ("Egyptian and Qatari
 * mediators"), whom "the mediators" means.
 */
record ArticleActors(
        String focalGroup,
        List<String> mediators,
        List<String> namedMediators,
        Map<Integer, List<ActorMention>> bySentence) {

    private static final Pattern MEDIATION =
            Pattern.compile("(?i)mediat|broker|efforts|talks|negotiat");
    private static final Pattern LIST_GLUE =
            Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");

    static ArticleActors of(List<Sentence> sentences) {
        Map<String, Integer> partyCounts = new HashMap<>();
        Set<String> mediators = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (Sentence sentence : sentences) {
            List<ActorMention> found = ActorGazetteer.find(sentence.text());
            bySentence.put(sentence.index(), found);
            for (ActorMention a : found) {
                if (a.role() == ActorRole.PARTY
                        && !a.actor().equals("Israel")
                        && !a.actor().equals(ActorGazetteer.FOCAL)
                        && !a.actor().equals(ActorGazetteer.BOTH_SIDES)) {
                    partyCounts.merge(a.actor(), 1, Integer::sum);
                }
            }
            named.addAll(namedBeforeMediators(sentence.text(), found));
            if (MEDIATION.matcher(sentence.text()).find()) {
                found.stream()
                        .filter(
                                a ->
                                        a.role() == ActorRole.MEDIATOR
                                                && !a.actor().equals(ActorGazetteer.MEDIATORS))
                        .forEach(a -> mediators.add(a.actor()));
            }
        }
        String focal =
                partyCounts.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey)
                        .orElse(null);
        return new ArticleActors(focal, List.copyOf(mediators), List.copyOf(named), bySentence);
    }

    /**
     * The actors the sentence names, with "the terror group" and "the mediators" resolved; found
     * once.
     */
    List<ActorMention> in(Sentence sentence) {
        return resolve(bySentence.getOrDefault(sentence.index(), List.of()));
    }

    /** "Egyptian and Qatari mediators": the actors listed right before the word "mediators". */
    private static List<String> namedBeforeMediators(String text, List<ActorMention> found) {
        List<String> named = new ArrayList<>();
        for (ActorMention m : found) {
            if (!m.actor().equals(ActorGazetteer.MEDIATORS)) {
                continue;
            }
            int position = m.begin();
            for (int i = found.indexOf(m) - 1; i >= 0; i--) {
                ActorMention a = found.get(i);
                String glue = text.substring(a.end(), position);
                if (!(glue.isBlank() || LIST_GLUE.matcher(glue).matches())) {
                    break;
                }
                named.add(0, a.actor());
                position = a.begin();
            }
        }
        return named;
    }

    /** Replaces "the terror group" and "the mediators" with the actors they stand for. */
    List<ActorMention> resolve(List<ActorMention> found) {
        List<ActorMention> resolved = new ArrayList<>();
        for (ActorMention a : found) {
            if (a.actor().equals(ActorGazetteer.FOCAL)) {
                if (focalGroup != null) {
                    resolved.add(
                            new ActorMention(
                                    focalGroup, ActorRole.PARTY, a.alias(), a.begin(), a.end()));
                }
            } else if (a.actor().equals(ActorGazetteer.BOTH_SIDES)) {
                resolved.add(
                        new ActorMention("Israel", ActorRole.PARTY, a.alias(), a.begin(), a.end()));
                if (focalGroup != null) {
                    resolved.add(
                            new ActorMention(
                                    focalGroup, ActorRole.PARTY, a.alias(), a.begin(), a.end()));
                }
            } else if (a.actor().equals(ActorGazetteer.MEDIATORS)) {
                (namedMediators.isEmpty() ? mediators : namedMediators)
                        .forEach(
                                m ->
                                        resolved.add(
                                                new ActorMention(
                                                        m,
                                                        ActorRole.MEDIATOR,
                                                        a.alias(),
                                                        a.begin(),
                                                        a.end())));
            } else {
                resolved.add(a);
            }
        }
        return resolved;
    }
}
