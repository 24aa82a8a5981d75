package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.extract.TypedDate.DateRole;

/**
 * Which of a sentence's dates says when its event happened, and which belong to what the event is
 * about. In "Israel rejected an Egyptian proposal for a yearlong truce, which would have started at
 * midnight Thursday", midnight Thursday is when the truce would have begun: the rejection has no
 * date of its own and is dated by the report. A date is the event's when it stands in the trigger's
 * clause with no word of effect, expiry or deadline right before it.
 */
record EventDates(DateMention happened, List<TypedDate> mentioned) {

    /**
     * What may stand between a word of effect and its date: "take effect at midnight on Sunday".
     */
    private static final Set<String> FILLER = GrammarWords.of(GrammarWords.Name.EFFECT_FILLER);

    static EventDates of(
            SentenceGrammar grammar,
            List<NegotiationCues.Match> cues,
            int trigger,
            List<DateMention> dates) {
        DateMention happened = null;
        int nearest = Integer.MAX_VALUE;
        List<TypedDate> mentioned = new ArrayList<>();
        for (DateMention date : dates) {
            if (!date.resolved()) {
                continue;
            }
            int at = tokenAt(grammar, date.begin());
            DateRole role = role(grammar, cues, at);
            if (role != null) {
                mentioned.add(new TypedDate(role, date));
            } else if (sameClause(grammar, trigger, at) && Math.abs(at - trigger) < nearest) {
                happened = date;
                nearest = Math.abs(at - trigger);
            }
        }
        return new EventDates(happened, List.copyOf(mentioned));
    }

    private static int tokenAt(SentenceGrammar grammar, int offset) {
        for (int i = 0; i < grammar.size(); i++) {
            if (grammar.token(i).end() > offset) {
                return i;
            }
        }
        return grammar.size() - 1;
    }

    private static DateRole role(
            SentenceGrammar grammar, List<NegotiationCues.Match> cues, int at) {
        int i = at - 1;
        while (i >= 0 && FILLER.contains(grammar.token(i).lower())) {
            i--;
        }
        for (NegotiationCues.Match cue : cues) {
            if (cue.last() == i) {
                switch (cue.kind()) {
                    case TAKES_EFFECT:
                        return DateRole.TAKES_EFFECT;
                    case EXPIRES:
                        return DateRole.EXPIRES;
                    case DEADLINE:
                        return DateRole.DEADLINE;
                    default:
                }
            }
        }
        return null;
    }

    private static boolean sameClause(SentenceGrammar grammar, int trigger, int date) {
        for (int i = Math.min(trigger, date) + 1; i < Math.max(trigger, date); i++) {
            if (grammar.isClauseBreak(i)) {
                return false;
            }
        }
        return !(date < trigger && inClosedRelative(grammar, date, trigger));
    }

    /**
     * "Israel, which has traded fire in recent weeks, said it was ready": the date sits in a
     * relative clause that a comma closes before the trigger.
     */
    private static boolean inClosedRelative(SentenceGrammar grammar, int date, int trigger) {
        boolean opened = false;
        for (int i = date - 1; i >= 0 && !opened; i--) {
            if (grammar.token(i).text().equals(",") && !grammar.inDateAdverbial(i)) {
                break;
            }
            opened = grammar.isRelative(i);
        }
        if (!opened) {
            return false;
        }
        for (int i = date + 1; i < trigger; i++) {
            if (grammar.token(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
