package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ceasefiretimeline.ingest.RuleFile;

/** The cue patterns of {@code negotiation-cues.txt}, one compiled pattern per kind. */
final class NegotiationCues {

    enum Kind {
        ACCEPT, REJECT, COUNTER, CRITICIZE, SPEECH, OBJECT_OF, PRONOUN, HYPOTHETICAL, PROPOSAL_NOUN, PROPOSAL_OBJECT, COUNTER_NOUN, PROPOSAL_VERB, DEMAND, DEMAND_NOUN, HEDGE, DIFFERENT, NEGATION,
        MODAL, TALKS_SUSPENDED, TALKS_HELD, CEASEFIRE_IN_EFFECT, CALL_FOR_CEASEFIRE, MILITARY_ACTION, TOPIC
    }

    private static final Map<Kind, Pattern> PATTERNS = new EnumMap<>(Kind.class);

    static {
        Map<Kind, List<String>> alternatives = new EnumMap<>(Kind.class);
        for (List<String> entry : RuleFile.load(NegotiationCues.class, "negotiation-cues.txt")) {
            alternatives.computeIfAbsent(Kind.valueOf(entry.get(0)), k -> new ArrayList<>()).add(entry.get(1));
        }
        alternatives.forEach((kind, list) -> PATTERNS.put(kind, Pattern.compile(
                "(?<![\\p{L}-])(?:" + String.join("|", list) + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    private NegotiationCues() {
    }

    static Pattern of(Kind kind) {
        return PATTERNS.get(kind);
    }
}
