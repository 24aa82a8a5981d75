package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.NegotiationCues.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefiretimeline.extract.NegotiationCues.Match;
import org.ceasefiretimeline.extract.SentenceGrammar.Subject;

/**
 * Finds proposals, counter-proposals, demands, responses and the other events of a negotiation
 * round in an article's sentences. Each sentence is tokenised once and its cues found by look-up;
 * only a sentence with a cue and an actor is tagged for parts of speech, and {@link
 * SentenceGrammar} tells who acts.
 */
final class NegotiationFinder {

    /**
     * How many tokens may stand between a proposing verb and what it proposes ("presented both
     * sides with a final proposal").
     */
    private static final int OBJECT_REACH = 7;

    /**
     * How far from a proposal its owner may be named: "the proposal crafted last week by Qatari
     * mediators".
     */
    private static final int OWNER_REACH = 8;

    /**
     * How many tokens before a noun cue (an answer or proposal named as a noun, a brokered truce) a
     * negation may stand to take it back: "there was no Egyptian proposal", "not an outright
     * rejection". Farther back, it belongs to another word of the sentence ("did not say whether
     * its rejection was final"). Verbs are negated through their own auxiliaries instead.
     */
    private static final int NEGATION_REACH = 3;

    /**
     * Auxiliaries whose negation refuses: "would not accept", "won't agree", and the simple past
     * "did not accept" (where "has not accepted" is still pending).
     */
    private static final Set<String> REFUSING_AUXILIARIES =
            GrammarWords.of(GrammarWords.Name.REFUSING_AUXILIARY);

    private static final Set<String> TERM_VERBS = GrammarWords.of(GrammarWords.Name.TERM_VERB);

    private static final Set<String> PARTICLES = GrammarWords.of(GrammarWords.Name.PARTICLE);

    private static final Set<String> HALTS = GrammarWords.of(GrammarWords.Name.HALT);

    private static final Set<String> WILLING_MODALS =
            GrammarWords.of(GrammarWords.Name.WILLING_MODAL);

    private static final Set<Kind> ABOUT_PROPOSAL =
            Set.of(
                    Kind.PROPOSAL_NOUN,
                    Kind.COUNTER_NOUN,
                    Kind.DEMAND_NOUN,
                    Kind.DEMAND,
                    Kind.PROPOSAL_OBJECT);

    List<NegotiationEvent> find(
            List<Sentence> sentences, List<DateMention> mentions, ArticleActors context) {
        Map<Sentence, List<DateMention>> datesBySentence = new HashMap<>();
        mentions.forEach(
                m -> datesBySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>()).add(m));
        List<NegotiationEvent> events = new ArrayList<>();
        boolean previousAboutProposal = false;
        List<String> previousSubject = List.of();
        List<String> lastProposers = List.of();
        for (Sentence sentence : sentences) {
            if (sentence.caption()) {
                continue;
            }
            List<Token> tokens = Tokenizer.tokenize(sentence.text());
            List<String> lemmas = NegotiationCues.lemmas(tokens);
            List<Match> cues = NegotiationCues.find(tokens, lemmas);
            boolean aboutProposal = cues.stream().anyMatch(c -> ABOUT_PROPOSAL.contains(c.kind()));
            List<ActorMention> actors = context.in(sentence);
            // "It rejected the plan on Tuesday": a pronoun opening the sentence stands for the
            // party named before (one inside a quotation, "we urge them", does not)
            boolean partyInSentence =
                    !actors.isEmpty()
                            || !previousSubject.isEmpty()
                                    && cues.stream()
                                            .anyMatch(
                                                    c ->
                                                            c.kind() == Kind.PRONOUN
                                                                    && c.first() == 0);
            if (partyInSentence && !cues.isEmpty()) {
                var grammar =
                        new SentenceGrammar(
                                tokens,
                                lemmas,
                                cues,
                                actors,
                                datesBySentence.getOrDefault(sentence, List.of()),
                                previousSubject);
                var reading =
                        new SentenceReading(
                                sentence,
                                grammar,
                                cues,
                                aboutProposal || previousAboutProposal,
                                datesBySentence.getOrDefault(sentence, List.of()),
                                context,
                                lastProposers);
                List<NegotiationEvent> found = reading.events();
                events.addAll(found);
                for (NegotiationEvent e : found) {
                    if (e.type() == EventType.PROPOSAL || e.type() == EventType.COUNTER_PROPOSAL) {
                        lastProposers = e.actors();
                    }
                }
                List<String> subject = grammar.firstSubject();
                previousSubject = subject.isEmpty() ? previousSubject : subject;
            } else if (!actors.isEmpty()) {
                previousSubject = List.of(actors.get(0).actor());
            }
            previousAboutProposal = aboutProposal;
        }
        return counterProposals(events);
    }

    /**
     * Once mediators have a proposal on the table, the proposal of a party that answered with a
     * counter (or whose counter-proposal the article names) is a counter-proposal.
     */
    private static List<NegotiationEvent> counterProposals(List<NegotiationEvent> events) {
        boolean mediatorProposal =
                events.stream()
                        .anyMatch(
                                e ->
                                        e.type() == EventType.PROPOSAL
                                                && e.actors().stream()
                                                        .anyMatch(
                                                                a ->
                                                                        ActorGazetteer.role(a)
                                                                                == ActorRole
                                                                                        .MEDIATOR));
        Set<String> countering = new HashSet<>();
        events.stream()
                .filter(e -> e.stance() == Stance.COUNTER || e.type() == EventType.COUNTER_PROPOSAL)
                .forEach(e -> countering.addAll(e.actors()));
        if (!mediatorProposal) {
            return events;
        }
        return events.stream()
                .map(
                        e ->
                                e.type() == EventType.PROPOSAL
                                                && !e.actors().isEmpty()
                                                && countering.containsAll(e.actors())
                                        ? e.withType(EventType.COUNTER_PROPOSAL)
                                        : e)
                .toList();
    }

    /** One sentence's events. */
    private record SentenceReading(
            Sentence sentence,
            SentenceGrammar grammar,
            List<Match> cues,
            boolean aboutProposal,
            List<DateMention> dates,
            ArticleActors context,
            List<String> lastProposers) {

        List<NegotiationEvent> events() {
            List<NegotiationEvent> events = new ArrayList<>();
            for (Match cue : cues) {
                switch (cue.kind()) {
                    case ACCEPT, REJECT, COUNTER, PENDING -> answer(cue, events);
                    case PROPOSAL_NOUN, COUNTER_NOUN -> proposalNoun(cue, events);
                    case PROPOSAL_VERB -> proposalVerb(cue, events);
                    case PROPOSAL_OBJECT -> {
                        if (!conditionalHalt(cue, events)) {
                            brokered(cue, events);
                        }
                    }
                    case DEMAND -> demandVerb(cue, events);
                    case OFFER -> offer(cue, events);
                    case DEMAND_NOUN -> demandNoun(cue, events);
                    case CONDITION -> condition(cue, events);
                    case OBLIGATION -> obligation(cue, events);
                    case CRITICIZE -> criticism(cue, Stance.CRITICIZE, events);
                    case DISMISS -> criticism(cue, Stance.REJECT, events);
                    case TALKS_SUSPENDED -> simple(cue, EventType.TALKS_SUSPENDED, events);
                    case TALKS_HELD -> simple(cue, EventType.TALKS_HELD, events);
                    case CEASEFIRE_IN_EFFECT -> simple(cue, EventType.CEASEFIRE_IN_EFFECT, events);
                    case CALL_FOR_CEASEFIRE -> simple(cue, EventType.CALL_FOR_CEASEFIRE, events);
                    default -> {}
                }
            }
            answeredWithoutOwner(events);
            boolean dated =
                    dates.stream()
                            .anyMatch(d -> d.resolved() && d.resolution().precision().atLeastDay());
            if (events.isEmpty() && dated) {
                cues.stream()
                        .filter(c -> c.kind() == Kind.MILITARY_ACTION)
                        .findFirst()
                        .ifPresent(c -> simple(c, EventType.MILITARY_ACTION, events));
            }
            if (events.isEmpty() && dated) {
                statement(events);
            }
            return dedupe(events);
        }

        /**
         * An answer: "Israel rejected", "was rejected by Israel", "Hamas thanked Egypt and
         * accepted", "Israel’s rejection of".
         */
        private void answer(Match cue, List<NegotiationEvent> events) {
            if (conditionalOffer(cue, events) || !aboutProposal) {
                return;
            }
            int head = cue.first();
            if (cue.last() + 1 < grammar.size()
                    && PARTICLES.contains(grammar.token(cue.last() + 1).lower())) {
                return; // "Israel backing off hostage talks" backs nothing
            }
            if (grammar.isNoun(head) && !grammar.isVerbHere(head)) {
                List<String> owner = grammar.owner(head, head);
                if (owner.isEmpty()) {
                    owner = grammar.partiesAfterOf(cue.last());
                }
                if (!owner.isEmpty() && !negated(head)) {
                    events.add(answerOf(owner, stance(cue.kind()), cue));
                }
                return;
            }
            if (head >= 2
                    && grammar.token(head - 1).text().equals("-")
                    && grammar.actorEndingAt(head - 2) != null) {
                if (grammar.is(Kind.OWNER_VERB, head)) {
                    // "the Israeli-backed text" is Israel's own proposal, not its answer
                    return;
                }
                // "the Israel-approved U.S. proposal"
                events.add(
                        answerOf(
                                List.of(grammar.actorEndingAt(head - 2).actor()),
                                stance(cue.kind()),
                                cue));
                return;
            }
            // "Israel has yet to respond": the cue opens on "yet"
            boolean yet = cue.kind() == Kind.PENDING && grammar.is(Kind.YET, head);
            if (!grammar.isVerb(head)
                    && !grammar.tag(head).equals("ADJ")
                    && !afterActor(head)
                    && !yet) {
                return;
            }
            boolean pendingCue = cue.kind() == Kind.PENDING;
            Subject subject = grammar.subject(head, cue.last());
            if (subject.isEmpty() && pendingCue) {
                // "a Hamas delegation left Cairo to study the offer": who studies is who left
                subject = grammar.governingSubject(head);
            }
            List<Integer> chain = grammar.auxiliaries(head);
            boolean negated = chain.stream().anyMatch(i -> grammar.is(Kind.NEGATION, i));
            boolean refusal =
                    negated
                            && cue.kind() == Kind.ACCEPT
                            && chain.stream()
                                    .anyMatch(
                                            i ->
                                                    REFUSING_AUXILIARIES.contains(
                                                            grammar.token(i).lower()));
            if (refusal && !subject.isEmpty()) {
                // "his movement would not accept", "Israel won't agree": a refusal
                events.add(answerOf(subject.actors(), Stance.REJECT, cue));
                return;
            }
            if (subject.isEmpty() || outsideAnswer(head, subject, pendingCue)) {
                return;
            }
            boolean pending =
                    chain.stream().anyMatch(i -> grammar.is(Kind.YET, i))
                            || negated
                                    && chain.stream()
                                            .anyMatch(i -> grammar.lemma(i).startsWith("ha"));
            Stance stance = stance(cue.kind());
            if (pending && cue.kind() != Kind.COUNTER) {
                // "Israel has not accepted", "Hamas has yet to approve": not answered yet
                events.add(answerOf(subject.actors(), Stance.PENDING, cue));
                return;
            }
            if (deniedBy(subject, head)) {
                // "Hamas denied that the factions of the group have agreed to extend": no
                // acceptance but a refusal; a denied rejection says nothing
                if (stance == Stance.ACCEPT) {
                    events.add(answerOf(subject.actors(), Stance.REJECT, cue));
                }
                return;
            }
            if (negated || doubleNegative(cue)) {
                // "never approved" is no acceptance, and no rejection either; "refused to rule out"
                // no rejection
                return;
            } else if (stance == Stance.ACCEPT && subject.hedged() && different()) {
                stance = Stance.COUNTER;
            }
            events.add(answerOf(subject.actors(), stance, cue));
            if (stance == Stance.COUNTER && cue.kind() == Kind.COUNTER) {
                events.add(
                        event(
                                EventType.COUNTER_PROPOSAL,
                                subject.actors(),
                                null,
                                TermsReader.read(sentence.text()),
                                cue));
            }
        }

        /**
         * "the group would accept a cease-fire on condition that Israel halts strikes", "it will
         * agree to a truce if the siege is lifted": an acceptance that waits on a condition is the
         * subject's offer of those terms, not an answer.
         */
        private boolean conditionalOffer(Match cue, List<NegotiationEvent> events) {
            int head = cue.first();
            boolean condition =
                    cues.stream()
                            .anyMatch(
                                    c ->
                                            c.first() > cue.last()
                                                    && (c.kind() == Kind.CONDITION
                                                            || c.kind() == Kind.HYPOTHETICAL));
            boolean topic =
                    aboutProposal
                            || cues.stream()
                                    .anyMatch(
                                            c ->
                                                    c.kind() == Kind.TOPIC
                                                            || c.kind() == Kind.PROPOSAL_OBJECT);
            if (cue.kind() != Kind.ACCEPT
                    || !condition
                    || !topic
                    || !grammar.isVerb(head)
                    || !willing(head)) {
                return false;
            }
            Subject subject = grammar.subject(head, cue.last());
            if (subject.isEmpty()) {
                return false;
            }
            events.add(
                    event(
                            EventType.PROPOSAL,
                            subject.actors(),
                            null,
                            TermsReader.read(sentence.text()),
                            cue));
            return true;
        }

        /** "would accept", "will stop firing": a willing modal before the verb, and no "not". */
        private boolean willing(int verb) {
            List<Integer> chain = grammar.auxiliaries(verb);
            return chain.stream()
                            .anyMatch(
                                    i ->
                                            grammar.is(Kind.MODAL, i)
                                                    && WILLING_MODALS.contains(
                                                            grammar.token(i).lower()))
                    && chain.stream().noneMatch(i -> grammar.is(Kind.NEGATION, i));
        }

        /**
         * "Islamic Jihad said it would stop firing if Israel halted its strikes", "“If they stop
         * firing, we will stop firing,” Netanyahu said": a party that will hold its fire on a
         * condition offers a truce on those terms.
         */
        private boolean conditionalHalt(Match cue, List<NegotiationEvent> events) {
            int head = cue.first();
            boolean condition =
                    cues.stream()
                            .anyMatch(
                                    c ->
                                            c.kind() == Kind.CONDITION
                                                    || c.kind() == Kind.HYPOTHETICAL
                                                            && grammar.token(c.first())
                                                                    .lower()
                                                                    .equals("if"));
            if (!condition
                    || !grammar.isVerb(head)
                    || !HALTS.contains(grammar.lemma(head))
                    || !willing(head)) {
                return false;
            }
            Subject subject = grammar.subject(head, cue.last());
            if (subject.isEmpty() || !allParties(subject.actors())) {
                return false;
            }
            // "did not say if Israel would hold its fire", "at no stage did Israel promise that
            // it would stop firing": a question or a denial, not an offer
            boolean questioned =
                    grammar.conditional(grammar.subjectStart(head, subject.actors()))
                            || cues.stream()
                                    .anyMatch(c -> c.kind() == Kind.NEGATION && c.last() < head);
            if (questioned) {
                return false;
            }
            events.add(
                    event(
                            EventType.PROPOSAL,
                            subject.actors(),
                            null,
                            TermsReader.read(sentence.text()),
                            cue));
            return true;
        }

        /**
         * "Israel refused an offer for a temporary cease-fire": a proposal answered with no owner
         * named is the one the article spoke of last, unless the answering party made it.
         */
        private void answeredWithoutOwner(List<NegotiationEvent> events) {
            boolean answered = events.stream().anyMatch(e -> e.type() == EventType.RESPONSE);
            boolean owned =
                    events.stream()
                            .anyMatch(
                                    e ->
                                            e.type() == EventType.PROPOSAL
                                                    || e.type() == EventType.COUNTER_PROPOSAL
                                                    || e.type() == EventType.DEMAND);
            if (!answered || owned || lastProposers.isEmpty()) {
                return;
            }
            boolean ownAnswer =
                    events.stream()
                            .anyMatch(
                                    e ->
                                            e.type() == EventType.RESPONSE
                                                    && e.actors().stream()
                                                            .anyMatch(lastProposers::contains));
            if (ownAnswer) {
                return;
            }
            cues.stream()
                    .filter(c -> c.kind() == Kind.PROPOSAL_NOUN)
                    .filter(c -> grammar.owner(c.first(), c.last()).isEmpty())
                    .findFirst()
                    .ifPresent(
                            c ->
                                    events.add(
                                            event(
                                                    EventType.PROPOSAL,
                                                    lastProposers,
                                                    null,
                                                    TermsReader.read(sentence.text()),
                                                    c)));
        }

        /**
         * Whether the party the answer is said of denies it before ("Hamas denied that it had
         * ...").
         */
        private boolean deniedBy(Subject subject, int head) {
            for (Match c : cues) {
                if (c.kind() == Kind.CLAIM
                        && c.last() < head
                        && grammar.lemma(c.first()).equals("deny")
                        && grammar.isVerb(c.first())) {
                    return grammar.subject(c.first()).actors().equals(subject.actors());
                }
            }
            return false;
        }

        /** "refused to rule out": a rejecting verb with a rejecting infinitive is none. */
        private boolean doubleNegative(Match cue) {
            int to = cue.last() + 1;
            return cue.kind() == Kind.REJECT
                    && to + 1 < grammar.size()
                    && grammar.token(to).lower().equals("to")
                    && cues.stream().anyMatch(c -> c.first() == to + 1 && c.kind() == Kind.REJECT);
        }

        private boolean outsideAnswer(int verb, Subject subject) {
            return outsideAnswer(verb, subject, false);
        }

        /**
         * A modal, a condition or another's claim makes the verb no answer ("would agree", "if
         * Hamas accepts"). A party that will study a proposal has it and has not answered, so a
         * modal keeps a pending answer ({@code modalKeepsAnswer}).
         */
        private boolean outsideAnswer(int verb, Subject subject, boolean modalKeepsAnswer) {
            int start = grammar.subjectStart(verb, subject.actors());
            if (grammar.conditional(start) || grammar.claimedByAnother(start, subject.actors())) {
                return true;
            }
            for (int i : grammar.auxiliaries(verb)) {
                if (grammar.is(Kind.MODAL, i) && !modalKeepsAnswer) {
                    String modal = grammar.token(i).lower();
                    boolean reportedCommitment =
                            subject.reported() && (modal.equals("would") || modal.equals("will"));
                    return !reportedCommitment;
                }
            }
            return false;
        }

        /**
         * Headlines confuse the tagger ("Washington unveils new proposal"): a cue right after an
         * actor is a verb.
         */
        private boolean afterActor(int head) {
            return head > 0
                    && grammar.actorEndingAt(head - 1) != null
                    && grammar.token(head).lower().matches(".*(s|ed)");
        }

        private boolean different() {
            return cues.stream().anyMatch(c -> c.kind() == Kind.DIFFERENT);
        }

        private static Stance stance(Kind kind) {
            return switch (kind) {
                case REJECT -> Stance.REJECT;
                case COUNTER -> Stance.COUNTER;
                case PENDING -> Stance.PENDING;
                default -> Stance.ACCEPT;
            };
        }

        /**
         * "an Egyptian proposal", "the plan drafted by Qatar", "Hamas’s counter-proposal", "the
         * changes Hamas seeks".
         */
        private void proposalNoun(Match cue, List<NegotiationEvent> events) {
            int head = cue.first();
            // an owner stands next to its proposal, or a few words after it ("drafted last week by
            // Qatar")
            if (!grammar.actorNear(cue.first(), cue.last(), OWNER_REACH)) {
                return;
            }
            boolean modified =
                    head > 0
                            && (grammar.tag(head - 1).equals("ADJ")
                                    || grammar.actorEndingAt(head - 1) != null);
            // "with Israel offering no timetable": a participle after a name is no proposal noun
            boolean participle = grammar.token(head).lower().endsWith("ing");
            if (grammar.isVerbHere(head) && (!modified || participle) || negated(head)) {
                return;
            }
            List<String> owners = grammar.owner(cue.first(), cue.last());
            if (owners.isEmpty()) {
                return;
            }
            boolean counter = cue.kind() == Kind.COUNTER_NOUN;
            events.add(
                    event(
                            counter ? EventType.COUNTER_PROPOSAL : EventType.PROPOSAL,
                            owners,
                            null,
                            TermsReader.read(sentence.text()),
                            cue));
            if (counter) {
                events.add(answerOf(owners, Stance.COUNTER, cue));
            }
        }

        /**
         * "the Egyptian-brokered truce", "a ceasefire mediated by Qatar": the broker's proposal.
         */
        private void brokered(Match cue, List<NegotiationEvent> events) {
            List<String> brokers = grammar.broker(cue.first(), cue.last());
            if (!brokers.isEmpty() && !negated(cue.first())) {
                events.add(
                        event(
                                EventType.PROPOSAL,
                                brokers,
                                null,
                                TermsReader.read(sentence.text()),
                                cue));
            }
        }

        /**
         * "Hamas this week proposed a ceasefire plan", "a new framework was presented by Qatar".
         */
        private void proposalVerb(Match cue, List<NegotiationEvent> events) {
            int head = cue.first();
            if (!grammar.isVerbHere(head) && !afterActor(head)) {
                return;
            }
            Subject who = grammar.subject(head, cue.last());
            if (who.isEmpty()) {
                // "Egypt is trying to broker a deal", "the US was expected to present a proposal"
                who = grammar.governingSubject(head);
            }
            if (who.isEmpty()
                    || outsideAnswer(head, who)
                    || grammar.auxiliaries(head).stream()
                            .anyMatch(i -> grammar.is(Kind.NEGATION, i))) {
                return;
            }
            Match object = objectEnding(cue);
            if (cue.last() + 1 < grammar.size() && grammar.is(Kind.NEGATION, cue.last() + 1)) {
                return; // "Israel offering no timetable"
            }
            boolean proposesClause =
                    cue.last() + 1 < grammar.size()
                            && grammar.token(cue.last() + 1).lower().equals("that");
            boolean passiveSubject = grammar.passive(head) && objectBefore(head) != null;
            // "what Hamas put forward"
            int subjectStart = grammar.subjectStart(head, who.actors());
            boolean proposesWhat =
                    subjectStart > 0 && grammar.token(subjectStart - 1).lower().equals("what");
            if (object == null && !proposesClause && !passiveSubject && !proposesWhat) {
                return;
            }
            Kind objectKind = object == null ? Kind.PROPOSAL_OBJECT : objectKindOf(object);
            boolean answering = objectKind == Kind.COUNTER_NOUN || inResponse(cue.last());
            EventType type =
                    objectKind == Kind.DEMAND_NOUN
                            ? EventType.DEMAND
                            : answering ? EventType.COUNTER_PROPOSAL : EventType.PROPOSAL;
            events.add(event(type, who.actors(), null, TermsReader.read(sentence.text()), cue));
            if (answering) {
                events.add(answerOf(who.actors(), Stance.COUNTER, cue));
            }
        }

        /** "made a new proposal": the cue may end with what it proposes, or have it after. */
        private Match objectEnding(Match cue) {
            for (Match c : cues) {
                // "made a new proposal" ends on its object; "offered" is no object of itself
                if (cue.last() > cue.first()
                        && c.first() == cue.last()
                        && c.kind() == Kind.PROPOSAL_OBJECT) {
                    return c;
                }
            }
            return objectAfter(cue.last());
        }

        private Match objectAfter(int last) {
            for (Match c : cues) {
                if (c.first() > last
                        && c.first() <= last + OBJECT_REACH
                        && (c.kind() == Kind.PROPOSAL_OBJECT || c.kind() == Kind.COUNTER_NOUN)) {
                    for (int i = last + 1; i < c.first(); i++) {
                        if (grammar.isClauseBreak(i) || grammar.token(i).text().equals(",")) {
                            return null;
                        }
                    }
                    return c;
                }
            }
            return null;
        }

        /**
         * "A second truce, for 24 hours, was proposed by the UN": the subject of a passive is what
         * is proposed.
         */
        private Match objectBefore(int verb) {
            Match nearest = null;
            for (Match c : cues) {
                if (c.last() < verb
                        && c.kind() == Kind.PROPOSAL_OBJECT
                        && noClauseBreak(c.last(), verb)) {
                    nearest = c;
                }
            }
            return nearest;
        }

        private boolean noClauseBreak(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (grammar.isClauseBreak(i)) {
                    return false;
                }
            }
            return true;
        }

        private Kind objectKindOf(Match object) {
            for (Match c : cues) {
                if (c.first() == object.first()
                        && (c.kind() == Kind.COUNTER_NOUN || c.kind() == Kind.DEMAND_NOUN)) {
                    return c.kind();
                }
            }
            return Kind.PROPOSAL_OBJECT;
        }

        private boolean inResponse(int from) {
            for (int i = from + 1; i + 2 < grammar.size(); i++) {
                String word = grammar.token(i + 1).lower();
                if (grammar.token(i).lower().equals("in")
                        && (word.equals("response") || word.equals("reply"))
                        && grammar.token(i + 2).lower().equals("to")) {
                    return true;
                }
            }
            return false;
        }

        private void demandVerb(Match cue, List<NegotiationEvent> events) {
            int head = cue.first();
            if (!grammar.isVerbHere(head)) {
                demandNoun(cue, events);
                return;
            }
            Subject who = grammar.subject(head, cue.last());
            if (!who.isEmpty()
                    && !outsideAnswer(head, who)
                    && grammar.auxiliaries(head).stream()
                            .noneMatch(i -> grammar.is(Kind.NEGATION, i))) {
                events.add(
                        event(
                                EventType.DEMAND,
                                who.actors(),
                                null,
                                TermsReader.read(sentence.text()),
                                cue));
            }
        }

        /**
         * "Hamas said it would be willing to abide by a new truce": an offer is a proposal of the
         * party's own.
         */
        private void offer(Match cue, List<NegotiationEvent> events) {
            if (!aboutProposal) {
                return;
            }
            int head = cue.first();
            if (grammar.isNoun(head) && !grammar.isVerbHere(head)) {
                // "its willingness to extend the truce": the owner offers
                List<String> owner = grammar.owner(head, head);
                if (!owner.isEmpty() && !negated(head)) {
                    events.add(
                            event(
                                    EventType.PROPOSAL,
                                    owner,
                                    null,
                                    TermsReader.read(sentence.text()),
                                    cue));
                }
                return;
            }
            Subject who = grammar.subject(cue.first(), cue.first());
            if (!who.isEmpty()
                    && grammar.auxiliaries(cue.first()).stream()
                            .noneMatch(i -> grammar.is(Kind.NEGATION, i))) {
                events.add(
                        event(
                                EventType.PROPOSAL,
                                who.actors(),
                                null,
                                TermsReader.read(sentence.text()),
                                cue));
            }
        }

        /**
         * "Hamas said it would only release Shalit in exchange for 1,000 prisoners", "Israel will
         * not agree to a truce unless the soldier is freed": a party that sets a condition demands
         * it. The party is the speaker, else the first actor before the condition, else a speaker
         * named after it.
         */
        private void condition(Match cue, List<NegotiationEvent> events) {
            if (cues.stream().noneMatch(c -> c.kind() == Kind.TOPIC) && !aboutProposal
                    || termsOfProposal(cue)) {
                return;
            }
            List<String> who = List.of();
            for (Match c : cues) {
                if (c.kind() == Kind.SPEECH
                        && c.first() < cue.first()
                        && grammar.isVerb(c.first())) {
                    who = grammar.subject(c.first()).actors();
                    break;
                }
            }
            if (who.isEmpty()) {
                who =
                        grammar.actors().stream()
                                .filter(a -> a.last() < cue.first())
                                .findFirst()
                                .map(a -> grammar.listFrom(a.first()))
                                .orElse(List.of());
            }
            for (Match c : cues) {
                // "…only after a lasting ceasefire, the Hamas statement said"
                if (who.isEmpty() && c.kind() == Kind.SPEECH && c.first() > cue.last()) {
                    who = grammar.subject(c.first()).actors();
                }
            }
            if (allParties(who)) {
                events.add(
                        event(EventType.DEMAND, who, null, TermsReader.read(sentence.text()), cue));
            }
        }

        /**
         * "the latest offer, which includes a 40-day ceasefire and the release of prisoners in
         * exchange for hostages": a condition the proposal's own terms set is no party's demand.
         */
        private boolean termsOfProposal(Match condition) {
            return cues.stream()
                    .filter(
                            c ->
                                    (c.kind() == Kind.PROPOSAL_NOUN
                                                    || c.kind() == Kind.PROPOSAL_OBJECT)
                                            && c.last() < condition.first())
                    .anyMatch(
                            c -> {
                                for (int i = c.last() + 1; i < condition.first(); i++) {
                                    if (TERM_VERBS.contains(grammar.token(i).lower())) {
                                        return true;
                                    }
                                }
                                return false;
                            });
        }

        /**
         * "Hamas said Israel must stop the war", "“Israel must withdraw,” Haniyeh demanded": the
         * speaker demands it; the party obliged, named before "must", is none of the demanders.
         */
        private void obligation(Match cue, List<NegotiationEvent> events) {
            if (cues.stream().noneMatch(c -> c.kind() == Kind.TOPIC) && !aboutProposal) {
                return;
            }
            List<String> speaker = List.of();
            int said = -1;
            for (Match c : cues) {
                // "“Israel must withdraw,” he demanded": a demanding verb reports the words too
                if ((c.kind() == Kind.SPEECH || c.kind() == Kind.DEMAND)
                        && grammar.isVerb(c.first())) {
                    speaker = grammar.subject(c.first()).actors();
                    if (!speaker.isEmpty()) {
                        said = c.last();
                        break;
                    }
                }
            }
            // the party obliged stands between the verb of saying and "must": in "Israel has said
            // that any ceasefire must ensure…" the speaker is not obliged
            int from = said < cue.first() ? said : -1;
            List<String> obliged =
                    grammar.actors().stream()
                            .filter(a -> a.first() > from && a.last() < cue.first())
                            .reduce((a, b) -> b)
                            .map(a -> List.of(a.actor()))
                            .orElse(List.of());
            if (allParties(speaker) && speaker.stream().noneMatch(obliged::contains)) {
                events.add(
                        event(
                                EventType.DEMAND,
                                speaker,
                                null,
                                TermsReader.read(sentence.text()),
                                cue));
            }
        }

        /** Demands and conditions are the parties': a mediator's words set none. */
        private static boolean allParties(List<String> actors) {
            return !actors.isEmpty()
                    && actors.stream().allMatch(a -> ActorGazetteer.role(a) == ActorRole.PARTY);
        }

        /** "Islamic Jihad’s demand that Israel halt assassinations", "Hamas’s conditions". */
        private void demandNoun(Match cue, List<NegotiationEvent> events) {
            if (grammar.isVerbHere(cue.first())) {
                return;
            }
            List<String> owner = grammar.owner(cue.first(), cue.last());
            if (owner.isEmpty() && cue.last() + 1 < grammar.size()) {
                // "at the request of Egyptian mediators"
                owner = grammar.partiesAfterOf(cue.last() + 1);
            }
            if (!owner.isEmpty()) {
                events.add(
                        event(
                                EventType.DEMAND,
                                owner,
                                null,
                                TermsReader.read(sentence.text()),
                                cue));
            }
        }

        /**
         * "Biden said Hamas’s reply was “a little over the top”": the speaker criticizes what was
         * put forward.
         */
        private void criticism(Match cue, Stance stance, List<NegotiationEvent> events) {
            if (!aboutProposal && cues.stream().noneMatch(c -> c.kind() == Kind.PROPOSAL_OBJECT)) {
                return;
            }
            int to = cue.last() + 1;
            if (to + 1 < grammar.size() && grammar.token(to).lower().equals("to")) {
                // "the changes Hamas is seeking are unacceptable to Israel"
                int party = grammar.actorAfterTitle(to + 1);
                if (party >= 0) {
                    events.add(answerOf(grammar.listFrom(party), stance, cue));
                    return;
                }
            }
            Match speech =
                    cues.stream()
                            .filter(c -> c.kind() == Kind.SPEECH && grammar.isVerb(c.first()))
                            .filter(c -> c.first() < cue.first() || quotedBefore(cue, c))
                            .findFirst()
                            .orElse(null);
            if (speech != null) {
                Subject speaker = grammar.subject(speech.first());
                if (!speaker.isEmpty()) {
                    events.add(answerOf(speaker.actors(), stance, cue));
                }
            }
        }

        /**
         * “There is nothing new in the deal,” Hamas said: the judgement is quoted before its verb.
         */
        private boolean quotedBefore(Match cue, Match speech) {
            return speech.first() > cue.last()
                    && grammar.quotationClosesBetween(cue.last() + 1, speech.first());
        }

        /**
         * A dated statement on the talks by a party or mediator ("Hamas said Friday it is holding
         * consultations").
         */
        private void statement(List<NegotiationEvent> events) {
            if (cues.stream().noneMatch(c -> c.kind() == Kind.TOPIC)) {
                return;
            }
            cues.stream()
                    .filter(c -> c.kind() == Kind.SPEECH && grammar.isVerb(c.first()))
                    .findFirst()
                    .ifPresent(
                            speech -> {
                                Subject speaker = grammar.subject(speech.first());
                                if (!speaker.isEmpty()
                                        && speaker.actors().stream()
                                                .allMatch(
                                                        a ->
                                                                ActorGazetteer.role(a)
                                                                        != ActorRole.OTHER)) {
                                    events.add(
                                            event(
                                                    EventType.STATEMENT,
                                                    speaker.actors(),
                                                    null,
                                                    Terms.NONE,
                                                    speech));
                                }
                            });
        }

        private void simple(Match cue, EventType type, List<NegotiationEvent> events) {
            if (type == EventType.CEASEFIRE_IN_EFFECT && attributive(cue.last())) {
                // "a 72-hour truce starting Tuesday" names a truce; it does not say one began
                return;
            }
            boolean verbFirst = grammar.isVerb(cue.first());
            // "the departure of Israeli and Hamas negotiating teams": the actors inside the phrase
            // act; after a verb ("urged Hamas to accept a truce") they are its object
            List<String> who =
                    verbFirst
                            ? grammar.subject(cue.first()).actors()
                            : grammar.actors().stream()
                                    .filter(a -> a.first() >= cue.first() && a.last() <= cue.last())
                                    .map(SentenceGrammar.ActorSpan::actor)
                                    .distinct()
                                    .toList();
            // a sentence's first actor speaks for talks and calls; a ceasefire is nobody's alone
            if (who.isEmpty() && type != EventType.CEASEFIRE_IN_EFFECT) {
                who = grammar.firstActors();
            }
            Terms terms = TermsReader.read(sentence.text());
            if (type == EventType.CALL_FOR_CEASEFIRE && terms.truce() != null && !who.isEmpty()) {
                // "called for a seven-day humanitarian ceasefire": a call with terms proposes them
                events.add(event(EventType.PROPOSAL, who, null, terms, cue));
                return;
            }
            events.add(event(type, who, null, Terms.NONE, cue));
        }

        /** An -ing participle after its noun, with no auxiliary: "a truce starting Tuesday". */
        private boolean attributive(int verb) {
            return grammar.token(verb).lower().endsWith("ing")
                    && grammar.auxiliaries(verb).isEmpty();
        }

        private boolean negated(int at) {
            for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
                if (grammar.is(Kind.NEGATION, i) && !insideAnswer(i)) {
                    return true;
                }
            }
            return false;
        }

        /** "said no to the plan": the "no" of an answer does not negate what it answers. */
        private boolean insideAnswer(int i) {
            return cues.stream()
                    .anyMatch(
                            c ->
                                    (c.kind() == Kind.REJECT || c.kind() == Kind.ACCEPT)
                                            && c.first() <= i
                                            && i <= c.last()
                                            && c.last() > c.first());
        }

        /** An answer of {@code actors} with {@code stance}, stated by {@code cue}. */
        private NegotiationEvent answerOf(List<String> actors, Stance stance, Match cue) {
            return event(EventType.RESPONSE, actors, stance, Terms.NONE, cue);
        }

        private NegotiationEvent event(
                EventType type, List<String> who, Stance stance, Terms terms, Match cue) {
            List<String> mediators =
                    context.mediators().stream().filter(x -> !who.contains(x)).toList();
            String trigger =
                    sentence.text()
                            .substring(
                                    grammar.token(cue.first()).begin(),
                                    grammar.token(cue.last()).end());
            EventDates dated = EventDates.of(grammar, cues, cue.first(), dates);
            return new NegotiationEvent(
                    type,
                    who,
                    mediators,
                    stance,
                    terms,
                    sentence,
                    trigger,
                    dated.happened(),
                    dated.mentioned());
        }

        /** Two cues for the same thing in one sentence make one event. */
        private static List<NegotiationEvent> dedupe(List<NegotiationEvent> events) {
            Map<String, NegotiationEvent> unique = new LinkedHashMap<>();
            for (NegotiationEvent e : events) {
                unique.putIfAbsent(e.type() + "|" + e.actors() + "|" + e.stance(), e);
            }
            return List.copyOf(unique.values());
        }
    }
}
