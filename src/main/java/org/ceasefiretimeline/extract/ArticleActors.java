package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the whole article says about its actors: the group it is about (whom "the terror group" means) and
 * the mediators it names (whom "the mediators" means).
 */
record ArticleActors(String focalGroup, List<String> mediators) {

    private static final Pattern MEDIATION = Pattern.compile("(?i)mediat|broker|efforts|talks|negotiat");

    static ArticleActors of(List<Sentence> sentences) {
        Map<String, Integer> partyCounts = new HashMap<>();
        Set<String> mediators = new LinkedHashSet<>();
        for (Sentence sentence : sentences) {
            List<ActorMention> found = ActorGazetteer.find(sentence.text());
            for (ActorMention a : found) {
                if (a.role() == ActorRole.PARTY && !a.actor().equals("Israel") && !a.actor().startsWith("FOCAL")) {
                    partyCounts.merge(a.actor(), 1, Integer::sum);
                }
            }
            if (MEDIATION.matcher(sentence.text()).find()) {
                found.stream().filter(a -> a.role() == ActorRole.MEDIATOR && !a.actor().equals(ActorGazetteer.MEDIATORS))
                        .forEach(a -> mediators.add(a.actor()));
            }
        }
        String focal = partyCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        return new ArticleActors(focal, List.copyOf(mediators));
    }

    /** Replaces "the terror group" and "the mediators" with the actors they stand for. */
    List<ActorMention> resolve(List<ActorMention> found) {
        List<ActorMention> resolved = new ArrayList<>();
        for (ActorMention a : found) {
            if (a.actor().equals(ActorGazetteer.FOCAL)) {
                if (focalGroup != null) {
                    resolved.add(new ActorMention(focalGroup, ActorRole.PARTY, a.alias(), a.begin(), a.end()));
                }
            } else if (a.actor().equals(ActorGazetteer.MEDIATORS)) {
                mediators.forEach(m -> resolved.add(new ActorMention(m, ActorRole.MEDIATOR, a.alias(), a.begin(), a.end())));
            } else {
                resolved.add(a);
            }
        }
        return resolved;
    }
}
