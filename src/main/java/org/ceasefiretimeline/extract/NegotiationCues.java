package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefiretimeline.ingest.RuleFile;

/**
 * The cues of {@code negotiation-cues.txt}, indexed by the lemma of their first word so that a
 * sentence is matched by one hash look-up per token, and only against the cues that can start
 * there.
 */
final class NegotiationCues {

    enum Kind {
        ACCEPT,
        REJECT,
        COUNTER,
        PENDING,
        CRITICIZE,
        DISMISS,
        SPEECH,
        CLAIM,
        PRONOUN,
        HYPOTHETICAL,
        PROPOSAL_NOUN,
        COUNTER_NOUN,
        PROPOSAL_VERB,
        PROPOSAL_OBJECT,
        OWNER_VERB,
        DEMAND,
        DEMAND_NOUN,
        CONDITION,
        OBLIGATION,
        OFFER,
        DIFFERENT,
        NEGATION,
        MODAL,
        YET,
        COMMIT,
        PERSUADE,
        TALKS_SUSPENDED,
        TALKS_HELD,
        CEASEFIRE_IN_EFFECT,
        CALL_FOR_CEASEFIRE,
        MILITARY_ACTION,
        TOPIC,
        TAKES_EFFECT,
        EXPIRES,
        DEADLINE,
        CLAUSE
    }

    /** A cue found in a sentence: tokens {@code first}..{@code last}, both included. */
    record Match(Kind kind, int first, int last) {}

    private static final Map<String, List<CuePhrase>> BY_FIRST_WORD = new HashMap<>();
    static final CueLexicon LEXICON;

    static {
        Set<String> words = new HashSet<>();
        for (List<String> entry : RuleFile.load(NegotiationCues.class, "negotiation-cues.txt")) {
            Kind kind = Kind.valueOf(entry.get(0));
            for (String text : entry.get(1).split(";\\s*")) {
                CuePhrase phrase = CuePhrase.parse(kind, text);
                phrase.firstWords()
                        .forEach(
                                w ->
                                        BY_FIRST_WORD
                                                .computeIfAbsent(w, x -> new ArrayList<>())
                                                .add(phrase));
                words.addAll(phrase.allWords());
            }
        }
        LEXICON = new CueLexicon(words);
    }

    private NegotiationCues() {}

    /** Every cue in the tokens, longest first at each place. */
    static List<Match> find(List<Token> tokens, List<String> lemmas) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // the cues that start with the token's lemma, and those written with its very form
            // ("changes")
            List<CuePhrase> byLemma = BY_FIRST_WORD.getOrDefault(lemmas.get(i), List.of());
            List<CuePhrase> byForm =
                    lemmas.get(i).equals(tokens.get(i).lower())
                            ? List.of()
                            : BY_FIRST_WORD.getOrDefault(tokens.get(i).lower(), List.of());
            for (CuePhrase phrase : byForm.isEmpty() ? byLemma : union(byLemma, byForm)) {
                int last = phrase.matchAt(lemmas, tokens, i);
                if (last >= 0) {
                    matches.add(new Match(phrase.kind(), i, last));
                }
            }
        }
        return matches;
    }

    private static List<CuePhrase> union(List<CuePhrase> a, List<CuePhrase> b) {
        List<CuePhrase> all = new ArrayList<>(a);
        b.stream().filter(p -> !a.contains(p)).forEach(all::add);
        return all;
    }

    static List<String> lemmas(List<Token> tokens) {
        List<String> lemmas = new ArrayList<>(tokens.size());
        tokens.forEach(t -> lemmas.add(LEXICON.lemma(t.lower())));
        return lemmas;
    }
}
