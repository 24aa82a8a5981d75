package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.NegotiationCues.Kind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The grammar of one sentence in the small, over its tokens: part-of-speech tags (computed on first
 * need), the actors as token spans, and who is the subject, agent or owner of a word. The rules
 * lean on what the tagger tells (auxiliaries, adpositions, verbs) rather than on word lists, so
 * they hold for verbs no list names.
 */
final class SentenceGrammar {

    /**
     * How many tokens a subject may stand before its verb once auxiliaries and adverbs are skipped.
     */
    private static final int ASIDE_REACH = 25;

    /**
     * How far back a coordinated verb may be: "Hamas thanked Egypt for its efforts and accepted".
     */
    private static final int COORDINATION_REACH = 14;

    /** Words of a title before a name: "the former Prime Minister Ehud Olmert". */
    private static final int TITLE_REACH = 8;

    private static final Set<String> MEMBER_OF = GrammarWords.of(GrammarWords.Name.MEMBER_OF);

    private static final Set<String> BE = GrammarWords.of(GrammarWords.Name.BE);
    private static final Set<String> MOTION = GrammarWords.of(GrammarWords.Name.MOTION);
    private static final Set<String> PLACE_PREPOSITIONS =
            GrammarWords.of(GrammarWords.Name.PLACE_PREPOSITION);

    /** How many words a place after a subject may take ("in the Gaza Strip"). */
    private static final int PLACE_REACH = 4;

    /** How far before an infinitive its governing verb may stand. */
    private static final int GOVERNING_REACH = 4;

    /** How far before a truce the word naming who brokered it may stand, modifiers between. */
    private static final int BROKER_REACH = 6;

    private static final Set<String> LIST_GLUE = GrammarWords.of(GrammarWords.Name.LIST_GLUE);
    private static final Set<String> RELATIVE = GrammarWords.of(GrammarWords.Name.RELATIVE);
    private static final Set<String> POSSESSIVES = GrammarWords.of(GrammarWords.Name.POSSESSIVE);

    /** Auxiliaries whatever the tagger says: "to have accepted" (tagged VERB), "had", "did". */
    private static final Set<String> AUXILIARY = GrammarWords.of(GrammarWords.Name.AUXILIARY);

    private static final Set<String> DETERMINERS = GrammarWords.of(GrammarWords.Name.DETERMINER);
    private static final Set<String> PREPOSITIONS = GrammarWords.of(GrammarWords.Name.PREPOSITION);

    /** Quotation marks around a verb: the country had "accepted" the proposal. */
    static final Set<String> QUOTE_MARKS = GrammarWords.of(GrammarWords.Name.QUOTE_MARK);

    private static final Set<String> QUOTATION_END =
            GrammarWords.of(GrammarWords.Name.QUOTATION_END);

    /** Quantifiers between a subject and its verb: "Israel and Hamas both accepted". */
    private static final Set<String> FLOATING = GrammarWords.of(GrammarWords.Name.FLOATING);

    /**
     * What opens a gerund clause whose subject is the main clause's: "after initially rejecting".
     */
    private static final Set<String> GERUND_OPENER =
            GrammarWords.of(GrammarWords.Name.GERUND_OPENER);

    private static final Set<String> DATE_PREPOSITION =
            GrammarWords.of(GrammarWords.Name.DATE_PREPOSITION);

    /**
     * The actors of a subject, and whether they were reached through a verb of saying or a claim.
     */
    record Subject(List<String> actors, boolean reported, boolean hedged) {
        static final Subject NONE = new Subject(List.of(), false, false);

        boolean isEmpty() {
            return actors.isEmpty();
        }
    }

    /** An actor named at tokens {@code first}..{@code last}. */
    record ActorSpan(String actor, int first, int last) {}

    private final List<Token> tokens;
    private final List<String> lemmas;
    private final List<ActorSpan> actors;
    private final List<String> previousSubject;
    private final boolean[] inDate;

    /** The kinds of cue that start at each token, found once for the sentence. */
    private final List<Set<Kind>> cuesAt;

    private final List<NegotiationCues.Match> cueEnds;

    private String[] tags;

    SentenceGrammar(
            List<Token> tokens,
            List<String> lemmas,
            List<NegotiationCues.Match> cues,
            List<ActorMention> mentions,
            List<DateMention> dates,
            List<String> previousSubject) {
        this.tokens = tokens;
        this.lemmas = lemmas;
        this.cuesAt = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            cuesAt.add(EnumSet.noneOf(Kind.class));
        }
        cues.forEach(c -> cuesAt.get(c.first()).add(c.kind()));
        this.cueEnds = cues;
        this.actors = spans(tokens, mentions);
        this.previousSubject = previousSubject;
        this.inDate = new boolean[tokens.size()];
        for (DateMention d : dates) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                inDate[i] |= t.begin() >= d.begin() && t.end() <= d.end();
            }
        }
    }

    /** Part of a date adverbial: "on Monday", "this week", and the commas around it. */
    boolean inDateAdverbial(int i) {
        if (inDate[i]) {
            return true;
        }
        String word = tokens.get(i).lower();
        boolean beforeDate = i + 1 < tokens.size() && inDate[i + 1];
        boolean afterDate = i > 0 && inDate[i - 1];
        return beforeDate && (DATE_PREPOSITION.contains(word) || word.equals(","))
                || afterDate && word.equals(",");
    }

    private static List<ActorSpan> spans(List<Token> tokens, List<ActorMention> mentions) {
        List<ActorSpan> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.begin() >= m.begin() && t.end() <= m.end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                spans.add(new ActorSpan(m.actor(), first, last));
            }
        }
        return spans;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        return lemmas.get(i);
    }

    String tag(int i) {
        if (tags == null) {
            tags = PartOfSpeech.tag(tokens);
            retagInflectedVerbs();
        }
        return tags[i];
    }

    private static final Set<Kind> VERB_CUES =
            EnumSet.of(
                    Kind.ACCEPT,
                    Kind.REJECT,
                    Kind.COUNTER,
                    Kind.PROPOSAL_VERB,
                    Kind.DEMAND,
                    Kind.SPEECH,
                    Kind.OFFER);

    /**
     * The tagger takes an inflected verb for a plural noun after an aside or a name ("Israel,
     * according to these sources, insists that", "Hamas rejects Egypt’s plan"): a cue word in -s or
     * -ed right after a name or a comma, before "that", a determiner or a name, is a verb.
     */
    private void retagInflectedVerbs() {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            boolean inflected =
                    !word.equals(lemmas.get(i)) && (word.endsWith("s") || word.endsWith("ed"));
            if (!tags[i].equals("NOUN")
                    || !inflected
                    || cuesAt.get(i).stream().noneMatch(VERB_CUES::contains)) {
                continue;
            }
            boolean afterSubject =
                    tokens.get(i - 1).text().equals(",") || tags[i - 1].equals("PROPN");
            String next = tags[i + 1];
            boolean beforeObject =
                    tokens.get(i + 1).lower().equals("that")
                            || next.equals("DET")
                            || next.equals("PROPN")
                            || next.equals("PRON");
            if (afterSubject && beforeObject) {
                tags[i] = "VERB";
            }
        }
    }

    List<ActorSpan> actors() {
        return actors;
    }

    boolean isVerb(int i) {
        return tag(i).equals("VERB")
                || tag(i).equals("AUX") && !BE.contains(lemma(i))
                || gerundAfterOpener(i);
    }

    /** "after accepting Egypt's call": the tagger may call the gerund a noun; it is a verb. */
    private boolean gerundAfterOpener(int i) {
        return i > 0
                && tokens.get(i).lower().endsWith("ing")
                && tokens.get(i - 1).isWord()
                && GERUND_OPENER.contains(tokens.get(i - 1).lower());
    }

    boolean isNoun(int i) {
        return tag(i).equals("NOUN") || tag(i).equals("PROPN") || afterDeterminer(i);
    }

    /**
     * The tagger errs on "Islamic Jihad’s demand" and "the offer"; after "’s" or a determiner it is
     * a noun.
     */
    private boolean afterDeterminer(int i) {
        return i > 0
                && (tokens.get(i - 1).lower().equals("'s")
                        || tag(i - 1).equals("DET") && !tokens.get(i - 1).lower().equals("that"));
    }

    /** A verb, unless it stands where only a noun can. */
    boolean isVerbHere(int i) {
        return isVerb(i) && !afterDeterminer(i);
    }

    /** Whether a cue of {@code kind} starts at token {@code i}. */
    boolean is(Kind kind, int i) {
        return cuesAt.get(i).contains(kind);
    }

    /** "which", "who": a word opening a relative clause. */
    boolean isRelative(int i) {
        return RELATIVE.contains(tokens.get(i).lower());
    }

    boolean isClauseBreak(int i) {
        String t = tokens.get(i).text();
        return t.equals(";")
                || t.equals(":")
                || t.equals("—")
                || t.equals("(")
                || t.equals(")")
                || t.equals("–")
                || is(Kind.CLAUSE, i);
    }

    /** The first actor, as a list if it opens one: who a sentence is about when no verb says so. */
    List<String> firstActors() {
        return actors.isEmpty() ? List.of() : listFrom(actors.get(0).first());
    }

    /**
     * The first actor after no preposition: whom "it" in the next sentence most likely means. Read
     * from the words alone, so that a sentence with no cue is never tagged.
     */
    List<String> firstSubject() {
        for (ActorSpan a : actors) {
            int i = a.first() - 1;
            while (i >= 0 && DETERMINERS.contains(tokens.get(i).lower())) {
                i--;
            }
            if (i < 0 || !PREPOSITIONS.contains(tokens.get(i).lower())) {
                return listFrom(a.first());
            }
        }
        return List.of();
    }

    /** Whether an actor is named within {@code reach} tokens of {@code first}..{@code last}. */
    boolean actorNear(int first, int last, int reach) {
        return actors.stream()
                .anyMatch(a -> a.last() >= first - reach && a.first() <= last + reach);
    }

    /** The actors of the subject of the verb at {@code verb}: the answering or proposing party. */
    Subject subject(int verb) {
        return subject(verb, verb);
    }

    /**
     * The subject of the verb phrase at {@code verb}..{@code last} ("green-lit by Israel" ends at
     * "lit").
     */
    Subject subject(int verb, int last) {
        int agent = agentAfter(last);
        if (agent >= 0) {
            return new Subject(listFrom(agent), false, false);
        }
        if (passive(verb)) {
            return Subject.NONE;
        }
        return subjectBefore(verb, false, 0);
    }

    /**
     * The subject of the verb an infinitive depends on ("Hamas is expected to review it", "a Hamas
     * delegation left Cairo to study the offer"): none when a party stands between them ("Egypt
     * asked Hamas to study it"), unless it is the place the subject went to or left.
     */
    Subject governingSubject(int verb) {
        List<Integer> chain = auxiliaries(verb);
        if (chain.stream().noneMatch(c -> tokens.get(c).lower().equals("to"))) {
            return Subject.NONE;
        }
        int before = verb - 1 - chain.size();
        for (int i = before; i >= 0 && i > before - GOVERNING_REACH; i--) {
            if (isVerb(i)) {
                boolean partyBetween =
                        IntStream.rangeClosed(i + 1, before).anyMatch(k -> spanEndingAt(k) != null);
                return partyBetween && !MOTION.contains(lemma(i))
                        ? Subject.NONE
                        : subjectBefore(i, false, 1);
            }
        }
        return Subject.NONE;
    }

    /** The auxiliaries, adverbs and particles between a verb and its subject, nearest first. */
    List<Integer> auxiliaries(int verb) {
        List<Integer> chain = new ArrayList<>();
        for (int i = verb - 1; i >= 0; i--) {
            String tag = tag(i);
            if (tag.equals("AUX")
                    || tag.equals("ADV")
                    || tag.equals("PART")
                    || is(Kind.NEGATION, i)
                    || is(Kind.MODAL, i)
                    || is(Kind.YET, i)
                    || AUXILIARY.contains(tokens.get(i).lower())
                    || FLOATING.contains(tokens.get(i).lower())
                    || QUOTE_MARKS.contains(tokens.get(i).text())
                    || inDateAdverbial(i)) {
                chain.add(i);
            } else {
                break;
            }
        }
        return chain;
    }

    /** "was rejected", "has been turned down": a passive, whose party is its agent, if any. */
    boolean passive(int verb) {
        String word = tokens.get(verb).lower();
        if (word.endsWith("ing")
                || tag(verb).equals("ADJ") && !word.endsWith("ed") && !word.endsWith("en")) {
            // "is reluctant to accept": an adjective after "be" is no passive
            return false;
        }
        for (int i : auxiliaries(verb)) {
            if (BE.contains(lemma(i)) && tag(i).equals("AUX")) {
                return !lemma(i).equals("'s") || tokens.get(verb).lower().endsWith("ed");
            }
        }
        return false;
    }

    /**
     * "green-lit by Israel", "rejected outright on Tuesday by Hamas": where the agent's actors
     * begin.
     */
    int agentAfter(int end) {
        for (int i = end + 1; i < tokens.size() && i <= end + 4; i++) {
            if (tokens.get(i).lower().equals("by")) {
                return actorAfterTitle(i + 1);
            }
            if (!tokens.get(i).isWord() || isVerb(i) || isNoun(i) && !isDateWord(i)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the actor begins in "the Prime Minister Ehud Olmert", "former special envoy Steve
     * Witkoff", "Egyptian mediators": -1 when none does. A title is capitalized words, or nouns and
     * adjectives, after a determiner.
     */
    int actorAfterTitle(int from) {
        for (int i = from; i < tokens.size() && i <= from + TITLE_REACH; i++) {
            if (startsActor(i)) {
                return i;
            }
            boolean titleWord =
                    tag(i).equals("NOUN")
                            || tag(i).equals("ADJ")
                            || tag(i).equals("PROPN") && tokens.get(i).isWord();
            // "by former envoy of the Middle East Quartet Tony Blair", "by the head of Egyptian
            // intelligence"
            boolean ofTitle =
                    i > from
                            && (tokens.get(i).lower().equals("of")
                                    || tag(i).equals("DET")
                                            && tokens.get(i - 1).lower().equals("of"));
            if (!(tag(i).equals("DET") && i == from || titleWord || ofTitle)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isDateWord(int i) {
        return Character.isUpperCase(tokens.get(i).text().charAt(0))
                && tokens.get(i).text().endsWith("day");
    }

    private Subject subjectBefore(int verb, boolean hedged, int depth) {
        if (depth > 3) {
            return Subject.NONE;
        }
        List<Integer> chain = auxiliaries(verb);
        int i = verb - 1 - chain.size();
        if (i < 0) {
            return Subject.NONE;
        }
        // "after initially rejecting", ", demanding": a gerund's subject is the main clause's
        if (tokens.get(verb).lower().endsWith("ing")
                && chain.stream().noneMatch(c -> tag(c).equals("AUX"))
                && GERUND_OPENER.contains(tokens.get(i).lower())) {
            ActorSpan object =
                    i > 0 && tokens.get(i).lower().equals("for") ? spanEndingAt(i - 1) : null;
            if (object != null && listStartOf(object) > 0 && isVerb(listStartOf(object) - 1)) {
                // "Obama commended Netanyahu for agreeing": the object does what the gerund says
                return new Subject(listEndingAt(object), false, hedged);
            }
            if (i == 0) {
                // "After accepting the Egyptian proposal, Israel halted": the main clause follows
                List<String> main = actorsAfterComma(verb);
                if (!main.isEmpty()) {
                    return new Subject(main, false, hedged);
                }
            }
            return firstActors().isEmpty()
                    ? Subject.NONE
                    : new Subject(firstActors(), false, hedged);
        }
        // "claimed to have accepted", "voted to reject": the infinitive's subject is the governing
        // verb's
        // ("has yet to accept" is the subject's own verb, not an infinitive of another's)
        if (chain.stream().anyMatch(c -> tokens.get(c).lower().equals("to"))
                && chain.stream().noneMatch(c -> is(Kind.YET, c))) {
            ActorSpan persuaded = spanEndingAt(i);
            if (persuaded != null) {
                int before = listStartOf(persuaded) - 1;
                return before >= 0 && is(Kind.PERSUADE, before)
                        ? new Subject(listEndingAt(persuaded), hedged, hedged)
                        : Subject.NONE;
            }
            if (isVerb(i) && (is(Kind.CLAIM, i) || is(Kind.SPEECH, i) || is(Kind.COMMIT, i))) {
                return subjectBefore(
                        i, hedged || is(Kind.CLAIM, i) || is(Kind.SPEECH, i), depth + 1);
            }
            return Subject.NONE;
        }
        Subject subject = nominalBefore(i, verb, hedged, depth);
        if (subject.isEmpty()) {
            // "Israel, which has traded fire in recent weeks, said": the comma after the date
            // closes an aside, not a date adverbial of the verb
            for (int c : chain) {
                if (tokens.get(c).text().equals(",")) {
                    return nominalBefore(c, verb, hedged, depth);
                }
            }
        }
        return subject;
    }

    /**
     * The subject whose last token is at or before {@code i}, reading back over an aside or a
     * coordinated verb.
     */
    private Subject nominalBefore(int i, int verb, boolean hedged, int depth) {
        String word = tokens.get(i).lower();
        if (word.equals("that") && i > 0) {
            i--;
            word = tokens.get(i).lower();
        }
        ActorSpan span = spanEndingAt(i);
        if (span == null && (isNoun(i) || tag(i).equals("ADJ"))) {
            span = actorInNounPhrase(i);
            int owner = possessiveOpening(i);
            if (span == null && owner >= 0) {
                // "Hamas says its military wing has agreed": the owner of the phrase answers
                return pronoun(owner, hedged, depth);
            }
        }
        if (span != null) {
            int begin = listBegin(span);
            String before = begin > 0 ? tokens.get(begin - 1).lower() : "";
            if (begin > 1 && (before.equals("through") || before.equals("via"))) {
                // "Hamas through Qatari and Egyptian mediators gave Israel a proposal": the
                // channel is no subject
                return nominalBefore(begin - 2, verb, hedged, depth);
            }
            if (begin > 0 && (is(Kind.DEMAND, begin - 1) || is(Kind.PERSUADE, begin - 1))) {
                // "by demanding Israel agree upfront": what a demand asks for is no answer
                return Subject.NONE;
            }
            if (isObject(begin) && !memberOf(begin)) {
                return coordinated(begin, verb, hedged, depth);
            }
            return new Subject(listEndingAt(span), hedged, hedged);
        }
        if (RELATIVE.contains(word) || word.equals("that") && tag(i).equals("PRON")) {
            // "the framework to Hamas, which accepted it": the relative stands for the actor before
            // it
            int j = i > 0 && tokens.get(i - 1).text().equals(",") ? i - 2 : i - 1;
            ActorSpan antecedent =
                    j < 0 ? null : spanEndingAt(j) != null ? spanEndingAt(j) : actorInNounPhrase(j);
            return antecedent == null
                    ? Subject.NONE
                    : new Subject(listEndingAt(antecedent), hedged, hedged);
        }
        if (tag(i).equals("PRON") || is(Kind.PRONOUN, i)) {
            return pronoun(i, hedged, depth);
        }
        int pronounOpening = pronounEndingAt(i);
        if (pronounOpening >= 0) {
            // "said the government was considering": a pronoun of several words
            return pronoun(pronounOpening, hedged, depth);
        }
        if (word.equals("and") || word.equals("but")) {
            return coordinated(i, verb, hedged, depth);
        }
        if (word.equals(",")) {
            int open = asideOpening(i);
            if (open > 0) {
                Subject named = nominalBefore(open - 1, verb, hedged, depth);
                // "Mussa Abu Marzuk, the deputy leader of Hamas's politburo, said": a person the
                // actor list does not know is placed by the apposition
                return named.isEmpty() ? actorInApposition(open, i, hedged) : named;
            }
        }
        if (isNoun(i) && depth <= 3) {
            // "the Hamas group in Gaza has rejected": a place after the subject
            for (int j = i - 1; j > 0 && j >= i - PLACE_REACH; j--) {
                if (PLACE_PREPOSITIONS.contains(tokens.get(j).lower())) {
                    return nominalBefore(j - 1, verb, hedged, depth + 1);
                }
                if (!isNoun(j) && !tag(j).equals("DET")) {
                    break;
                }
            }
        }
        return Subject.NONE;
    }

    private Subject actorInApposition(int open, int close, boolean hedged) {
        for (int j = open + 1; j < close; j++) {
            if (isVerb(j)) {
                return Subject.NONE;
            }
        }
        for (ActorSpan span : actors) {
            if (span.first() > open && span.last() < close) {
                return new Subject(List.of(span.actor()), hedged, hedged);
            }
        }
        return Subject.NONE;
    }

    /** "Hamas thanked Egypt and accepted": the subject of the verb before the "and". */
    private Subject coordinated(int from, int verb, boolean hedged, int depth) {
        for (int i = from - 1; i >= 0 && i >= verb - COORDINATION_REACH; i--) {
            if (isClauseBreak(i)) {
                return Subject.NONE;
            }
            if (tag(i).equals("VERB") && i != verb) {
                return subjectBefore(i, hedged, depth + 1);
            }
        }
        return Subject.NONE;
    }

    /**
     * "it", "they": the speaker of a verb of saying before it, else the subject of the sentence
     * before.
     */
    private Subject pronoun(int at, boolean hedged, int depth) {
        for (int i = at - 1; i >= 0; i--) {
            if (tag(i).equals("VERB") && (is(Kind.SPEECH, i) || is(Kind.CLAIM, i))) {
                Subject speaker = subjectBefore(i, hedged, depth + 1);
                return speaker.isEmpty() ? speaker : new Subject(speaker.actors(), true, hedged);
            }
        }
        Subject quoted = speakerAfterQuote(at, hedged, depth);
        if (!quoted.isEmpty()) {
            return quoted;
        }
        // "Islamic Jihad fired rockets amid reports that the group had turned down all offers":
        // an actor that opens a clause before the pronoun
        for (ActorSpan a : actors) {
            // “The occupation must withdraw,” he demanded: “he” is not a party quoted before it
            boolean quotedBefore = quotationClosesBetween(a.last() + 1, at);
            if (a.last() < at && !isObject(a.first()) && !quotedBefore) {
                return new Subject(listFrom(a.first()), true, hedged);
            }
        }
        return previousSubject.isEmpty()
                ? Subject.NONE
                : new Subject(previousSubject, true, hedged);
    }

    private int pronounEndingAt(int i) {
        for (NegotiationCues.Match cue : cueEnds) {
            if (cue.kind() == Kind.PRONOUN && cue.last() == i) {
                return cue.first();
            }
        }
        return -1;
    }

    /**
     * “We demand a withdrawal,” a Hamas official said: a pronoun inside a quotation stands for the
     * speaker named after it, before or after the verb of saying (“…,” said Hamas's spokesman).
     */
    private Subject speakerAfterQuote(int at, boolean hedged, int depth) {
        boolean opened = false;
        for (int i = 0; i < at && !opened; i++) {
            opened = QUOTE_MARKS.contains(tokens.get(i).text());
        }
        if (!opened) {
            return Subject.NONE;
        }
        for (int i = at + 1; i < tokens.size(); i++) {
            if (!QUOTE_MARKS.contains(tokens.get(i).text()) || !closesQuotation(i)) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + ASIDE_REACH; j++) {
                if (isVerb(j) && (is(Kind.SPEECH, j) || is(Kind.CLAIM, j))) {
                    Subject before = j > i + 1 ? subjectBefore(j, hedged, depth + 1) : Subject.NONE;
                    if (!before.isEmpty()) {
                        return new Subject(before.actors(), true, hedged);
                    }
                    for (ActorSpan span : actors) {
                        if (span.first() > j && span.first() <= j + 6) {
                            return new Subject(List.of(span.actor()), true, hedged);
                        }
                    }
                    return Subject.NONE;
                }
            }
            return Subject.NONE;
        }
        return Subject.NONE;
    }

    /** A quotation mark after a comma or a full stop, or a curly closing one, ends a quotation. */
    /** Whether a quotation closes at a token from {@code from} (inclusive) to {@code to}. */
    boolean quotationClosesBetween(int from, int to) {
        return IntStream.range(from, to)
                .anyMatch(i -> QUOTE_MARKS.contains(tokens.get(i).text()) && closesQuotation(i));
    }

    private boolean closesQuotation(int i) {
        String mark = tokens.get(i).text();
        if (mark.equals("”")) {
            return true;
        }
        String before = i > 0 ? tokens.get(i - 1).text() : "";
        return QUOTATION_END.contains(before);
    }

    /**
     * The comma that opens the aside ending at {@code close}: ", which did not send a delegation,"
     * or an apposition.
     */
    private int asideOpening(int close) {
        for (int i = close - 1; i > 0 && i >= close - ASIDE_REACH; i--) {
            if (tokens.get(i).text().equals(",")) {
                boolean relative =
                        RELATIVE.contains(tokens.get(i + 1).lower())
                                || tag(i + 1).equals("VERB")
                                        && tokens.get(i + 1).lower().endsWith("ed")
                                || tokens.get(i + 1).lower().equals("according")
                                || tokens.get(i + 1).lower().equals("including");
                boolean apposition = true;
                for (int j = i + 1; j < close; j++) {
                    apposition &= !isVerb(j);
                }
                return relative || apposition ? i : -1;
            }
        }
        return -1;
    }

    /**
     * An actor inside the noun phrase ending at {@code i}: "Israeli officials", "Hamas leader
     * Ismail Haniyeh".
     */
    private ActorSpan actorInNounPhrase(int i) {
        for (int j = i; j >= 0 && j >= i - 5; j--) {
            ActorSpan span = spanEndingAt(j);
            if (span != null) {
                return span;
            }
            String tag = tag(j);
            if (!(tag.equals("NOUN")
                    || tag.equals("PROPN")
                    || tag.equals("ADJ")
                    || tag.equals("NUM")
                    || tokens.get(j).lower().equals("'s")
                    || tokens.get(j).text().equals("-"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The possessive pronoun opening the noun phrase ending at {@code i} ("its armed wing"), else
     * -1.
     */
    private int possessiveOpening(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            String word = tokens.get(j).lower();
            if (POSSESSIVES.contains(word)) {
                return j;
            }
            if (!(isNoun(j) || tag(j).equals("ADJ") || tokens.get(j).text().equals("-"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An actor after a preposition or a verb is an object: "held talks with Egypt", "thanked
     * Egypt".
     */
    /**
     * "A spokesman for Hamas rejected", "the leader of the PIJ refused": the actor after "of",
     * "for" or "from" names the group of a noun phrase that opens its clause.
     */
    private boolean memberOf(int begin) {
        int i = begin - 1;
        while (i >= 0 && DETERMINERS.contains(tokens.get(i).lower())) {
            i--;
        }
        if (i < 1 || !MEMBER_OF.contains(tokens.get(i).lower()) || !tag(i - 1).equals("NOUN")) {
            return false;
        }
        int j = i - 1;
        while (j >= 0
                && i - j <= 4
                && (tag(j).equals("NOUN") || tag(j).equals("ADJ") || tag(j).equals("DET"))) {
            j--;
        }
        return j < 0
                || !tokens.get(j).isWord()
                || tokens.get(j).lower().equals("that")
                || tokens.get(j).lower().equals("and") && tag(j + 1).equals("DET")
                || is(Kind.CLAUSE, j);
    }

    private boolean isObject(int begin) {
        int i = begin - 1;
        while (i >= 0 && DETERMINERS.contains(tokens.get(i).lower())) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        return tag(i).equals("ADP") && !is(Kind.CLAUSE, i)
                || tag(i).equals("VERB") && !is(Kind.SPEECH, i) && !is(Kind.CLAIM, i);
    }

    /** Whether the clause before the subject makes the answer a condition or another's claim. */
    boolean conditional(int subjectFirst) {
        int i = subjectFirst - 1;
        while (i >= 0 && tag(i).equals("DET")) {
            i--;
        }
        return i >= 0 && (is(Kind.HYPOTHETICAL, i) || endsCue(Kind.HYPOTHETICAL, i));
    }

    /** The actors that open the clause after the first comma following {@code from}. */
    private List<String> actorsAfterComma(int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
                    if (spanStartingAt(j) != null) {
                        return listFrom(j);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** Whether a cue of {@code kind} ends at token {@code i} ("as long as"). */
    private boolean endsCue(Kind kind, int i) {
        return cueEnds.stream().anyMatch(c -> c.kind() == kind && c.last() == i);
    }

    /** "Hamas claimed Israel had accepted": Israel's acceptance is only Hamas's claim. */
    boolean claimedByAnother(int subjectFirst, List<String> subject) {
        for (int i = subjectFirst - 1; i >= 0 && i >= subjectFirst - 4; i--) {
            if (isClauseBreak(i)) {
                return false;
            }
            // "It is not true that Hamas accepted", "denied reports that it had rejected"
            if (tokens.get(i).lower().equals("true") && i > 0 && is(Kind.NEGATION, i - 1)) {
                return true;
            }
            if (is(Kind.CLAIM, i) && tag(i).equals("VERB")) {
                Subject claimant = subjectBefore(i, false, 1);
                return !claimant.actors().equals(subject) || lemma(i).equals("deny");
            }
        }
        return false;
    }

    /** The first token of the subject before {@code verb}, to look at what stands before it. */
    int subjectStart(int verb, List<String> subject) {
        int nearest = -1;
        for (ActorSpan a : actors) {
            if (a.last() < verb && subject.contains(a.actor())) {
                nearest = Math.max(nearest, a.first());
            }
        }
        return nearest >= 0 ? nearest : verb;
    }

    /**
     * The owner of the noun at {@code first}..{@code last}: "an Egyptian proposal", "Egypt-Qatar
     * proposal", "the U.S.-proposed deal", "Hamas’s counter-proposal", "a plan drafted by Qatar",
     * "a proposal from Egypt", "the changes Hamas is seeking".
     */
    List<String> owner(int first, int last) {
        List<String> before = ownerBefore(first);
        if (!before.isEmpty()) {
            return before;
        }
        List<String> after = ownerAfter(last);
        return after.isEmpty() ? relativeOwner(last) : after;
    }

    private List<String> ownerBefore(int first) {
        int i = first - 1;
        int modifiers = 0;
        while (i >= 0) {
            ActorSpan span = spanEndingAt(i);
            if (span != null) {
                // "without Israel meeting several conditions": a name before a gerund is its
                // subject, not the owner ("the American bridging proposal" is owned)
                boolean gerundSubject =
                        i + 1 < first
                                && tokens.get(i + 1).lower().endsWith("ing")
                                && tag(i).equals("PROPN");
                return gerundSubject ? List.of() : listEndingAt(span);
            }
            Token t = tokens.get(i);
            if (tag(i).equals("PRON") && is(Kind.PRONOUN, i)) {
                // "Hamas announced its opposition", "Egypt put before them its proposal": the
                // possessive
                // stands for the subject before it, else for the actor of the sentence before
                for (ActorSpan a : actors) {
                    if (a.last() < i && !isObject(a.first())) {
                        return listFrom(a.first());
                    }
                }
                return pronoun(i, false, 0).actors();
            }
            if (t.lower().equals("'s") || t.text().equals("-") || t.lower().equals("'")) {
                i--;
            } else if (is(Kind.OWNER_VERB, i) && i > 0 && tokens.get(i - 1).text().equals("-")) {
                i -= 2;
            } else if ((tag(i).equals("ADJ")
                            || tag(i).equals("NOUN")
                            || tag(i).equals("NUM")
                            || tag(i).equals("PROPN")
                            || t.lower().endsWith("ing"))
                    && modifiers < 3
                    && (!isVerb(i) || t.lower().endsWith("ing"))) {
                // "the American bridging proposal": a participle before the noun modifies it
                modifiers++;
                i--;
            } else {
                return List.of();
            }
        }
        return List.of();
    }

    private List<String> ownerAfter(int last) {
        int start = last + 1;
        // "the new draft, proposed by Washington", "the plan, which was put forward by the UN"
        if (start < tokens.size() && tokens.get(start).text().equals(",")) {
            start++;
        }
        if (start + 1 < tokens.size()
                && (tokens.get(start).lower().equals("which")
                        || tokens.get(start).lower().equals("that"))
                && tag(start + 1).equals("AUX")) {
            start++;
            while (start < tokens.size() && tag(start).equals("AUX")) {
                start++;
            }
        }
        if (start > last + 1) {
            last = start - 1;
        }
        for (int i = last + 1; i < tokens.size() && i <= last + 5; i++) {
            String word = tokens.get(i).lower();
            if (word.equals("from") || word.equals("by")) {
                int first = actorAfterTitle(i + 1);
                return first >= 0 ? listFrom(first) : List.of();
            }
            boolean participle = is(Kind.OWNER_VERB, i) || is(Kind.PROPOSAL_VERB, i);
            boolean filler =
                    i > last + 1
                            && (tag(i).equals("ADV")
                                    || tag(i).equals("ADP") && !word.equals("of")
                                    || tag(i).equals("DET")
                                    || tag(i).equals("ADJ")
                                    || isDateWord(i)
                                    || tag(i).equals("NOUN") && i > last + 2);
            if (!(participle
                    || filler
                    || word.equals("first")
                    || tag(i).equals("ADV")
                    || word.equals("jointly"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Who brokered a truce named at {@code first}..{@code last}: "the Egyptian-brokered truce", "a
     * ceasefire mediated by Qatar". A bare truce is nobody's proposal; a brokered one is its
     * broker's.
     */
    List<String> broker(int first, int last) {
        // most truces are nobody's: spare them the tagger
        boolean brokerWord =
                IntStream.rangeClosed(Math.max(2, first - BROKER_REACH), first - 1)
                                .anyMatch(i -> is(Kind.OWNER_VERB, i))
                        || last + 1 < tokens.size() && is(Kind.OWNER_VERB, last + 1);
        if (!brokerWord) {
            return List.of();
        }
        for (int i = first - 1, modifiers = 0; i >= 2 && modifiers <= 3; i--) {
            if (is(Kind.OWNER_VERB, i) && tokens.get(i - 1).text().equals("-")) {
                ActorSpan span = spanEndingAt(i - 2);
                return span == null ? List.of() : listEndingAt(span);
            }
            // the Egyptian-mediated "simultaneous and mutual ceasefire"
            boolean between =
                    QUOTE_MARKS.contains(tokens.get(i).text())
                            || tokens.get(i).lower().equals("and") && tag(i - 1).equals("ADJ");
            boolean modifier =
                    tag(i).equals("ADJ")
                            || tag(i).equals("NOUN")
                            || tag(i).equals("PROPN")
                            || tag(i).equals("NUM");
            if (!between && (!modifier || spanEndingAt(i) != null)) {
                break;
            }
            modifiers += between ? 0 : 1;
        }
        int after = last + 1;
        if (after < tokens.size() && is(Kind.OWNER_VERB, after) && isVerb(after)) {
            int by = after + 1;
            if (by < tokens.size() && tag(by).equals("ADV")) {
                by++; // "brokered jointly by"
            }
            if (by < tokens.size() && tokens.get(by).lower().equals("by")) {
                int actor = actorAfterTitle(by + 1);
                return actor >= 0 ? listFrom(actor) : List.of();
            }
        }
        return List.of();
    }

    private List<String> relativeOwner(int last) {
        int i = last + 1;
        if (i < tokens.size()
                && (tokens.get(i).lower().equals("that")
                        || tokens.get(i).lower().equals("which"))) {
            i++;
        }
        while (i < tokens.size() && tag(i).equals("DET")) {
            i++;
        }
        ActorSpan span = i < tokens.size() ? spanStartingAt(i) : null;
        if (span == null) {
            return List.of();
        }
        int verb = span.last() + 1;
        while (verb < tokens.size() && (tag(verb).equals("AUX") || tag(verb).equals("ADV"))) {
            verb++;
        }
        if (verb < tokens.size()
                && tag(verb).equals("VERB")
                && (is(Kind.PROPOSAL_VERB, verb) || is(Kind.OWNER_VERB, verb) || seeking(verb))) {
            return listFrom(span.first());
        }
        return List.of();
    }

    private boolean seeking(int verb) {
        String lemma = lemma(verb);
        String word = tokens.get(verb).lower();
        return lemma.equals("seek")
                || lemma.equals("demand")
                || word.startsWith("want")
                || word.startsWith("request")
                || word.startsWith("seek")
                || word.equals("sought")
                || word.startsWith("push");
    }

    boolean startsActor(int i) {
        return spanStartingAt(i) != null;
    }

    ActorSpan spanStartingAt(int i) {
        for (ActorSpan a : actors) {
            if (a.first() == i) {
                return a;
            }
        }
        return null;
    }

    /**
     * "gained the approval of both sides concerning…": the parties a noun's "of" names, when they
     * are the whole noun phrase after it (in "rejection of Hamas demands" Hamas owns the demands).
     */
    List<String> partiesAfterOf(int of) {
        if (!tokens.get(of).lower().equals("of")) {
            return List.of();
        }
        int at = of + 1;
        // "of the Israelis", but "of both sides" is an actor of its own
        while (at < tokens.size()
                && spanStartingAt(at) == null
                && DETERMINERS.contains(tokens.get(at).lower())) {
            at++;
        }
        ActorSpan first = at < tokens.size() ? spanStartingAt(at) : null;
        if (first == null) {
            return List.of();
        }
        List<String> list = listFrom(at);
        int end =
                actors.stream()
                        .filter(a -> list.contains(a.actor()) && a.first() >= first.first())
                        .mapToInt(ActorSpan::last)
                        .max()
                        .orElse(first.last());
        boolean wholePhrase =
                end + 1 >= tokens.size()
                        || !tokens.get(end + 1).isWord()
                        || tag(end + 1).equals("ADP")
                        || PREPOSITIONS.contains(tokens.get(end + 1).lower());
        return wholePhrase ? list : List.of();
    }

    ActorSpan actorEndingAt(int i) {
        return spanEndingAt(i);
    }

    private ActorSpan spanEndingAt(int i) {
        ActorSpan found = null;
        for (ActorSpan a : actors) {
            if (a.last() == i && (found == null || a.first() < found.first())) {
                found = a;
            }
        }
        return found;
    }

    /**
     * Actors listed from token {@code i} on: "Egypt, Qatar and the United States", "Qatari and
     * Egyptian".
     */
    List<String> listFrom(int i) {
        List<String> list = new ArrayList<>();
        int at = i;
        while (at < tokens.size()) {
            int from = at;
            List<ActorSpan> here = actors.stream().filter(a -> a.first() == from).toList();
            if (here.isEmpty()) {
                break;
            }
            here.forEach(a -> list.add(a.actor()));
            int next = here.stream().mapToInt(ActorSpan::last).max().orElseThrow() + 1;
            int glue = next;
            while (glue < tokens.size()
                    && spanStartingAt(glue) == null
                    && LIST_GLUE.contains(tokens.get(glue).lower())
                    && glue - next < 3) {
                glue++;
            }
            if (glue > next) {
                glue = pastDescription(glue);
            }
            if (glue == next || spanStartingAt(glue) == null) {
                break;
            }
            at = glue;
        }
        return list.stream().distinct().toList();
    }

    /**
     * Where the actor after a list's "and" begins when words describe it first ("Israel and
     * Palestinian group Islamic Jihad", "Egypt and the Gulf state Qatar"); else {@code at}.
     */
    private int pastDescription(int at) {
        int i = at;
        while (i < tokens.size() && i - at < 4 && spanStartingAt(i) == null) {
            String tag = tag(i);
            boolean describes =
                    tag.equals("ADJ")
                            || tag.equals("NOUN")
                            || tag.equals("PROPN")
                            || i == at && tag.equals("DET");
            if (!describes) {
                return at;
            }
            i++;
        }
        return i < tokens.size() && spanStartingAt(i) != null ? i : at;
    }

    /** The actors of the list that ends with {@code last}. */
    private List<String> listEndingAt(ActorSpan last) {
        return listFrom(listBegin(last));
    }

    /** Where the list that {@code span} belongs to begins, reading back over "and" and commas. */
    private int listStartOf(ActorSpan span) {
        int begin = span.first();
        while (begin > 1
                && LIST_GLUE.contains(tokens.get(begin - 1).lower())
                && spanEndingAt(begin - 2) != null) {
            begin = spanEndingAt(begin - 2).first();
        }
        return begin;
    }

    private int listBegin(ActorSpan last) {
        int begin = last.first();
        while (true) {
            int glue = begin - 1;
            while (glue >= 0 && LIST_GLUE.contains(tokens.get(glue).lower()) && begin - glue <= 3) {
                glue--;
            }
            if (glue == begin - 1 || glue < 0) {
                return begin;
            }
            ActorSpan before = spanEndingAt(glue);
            // "Washington praised the mediators, and Israel approved": an object before ", and"
            // opens no list
            boolean newClause =
                    last.last() + 1 < tokens.size() && tag(last.last() + 1).equals("VERB");
            if (before == null
                    || tokens.get(begin - 1).lower().equals("and")
                            && isObject(listStartOf(before))
                            && (tokens.get(glue + 1).text().equals(",") || newClause)) {
                return begin;
            }
            begin = before.first();
        }
    }
}
