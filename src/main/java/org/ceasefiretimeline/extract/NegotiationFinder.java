package org.ceasefiretimeline.extract;

import static org.ceasefiretimeline.extract.NegotiationCues.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Finds proposals, counter-proposals, demands, responses and the other events of a negotiation round in an
 * article's sentences. Who acts is read from the sentence's grammar in the small: the actor just before a
 * verb is its subject, the actor after "by" its agent, an actor just before a proposal its owner.
 */
final class NegotiationFinder {

    /** How many words may stand between a proposing verb and what it proposes ("presented both sides with a final proposal"). */
    private static final int OBJECT_REACH = 6;
    /** "Egyptian officials have proposed that Israel allow ..." */
    private static final Pattern THAT_CLAUSE = Pattern.compile("^\\s+that\\b");
    /** How many words may stand between a subject and its verb ("Jerusalem swiftly rejected"). */
    private static final int SUBJECT_REACH = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—(]|\\b(?:that|which|who|but|while)\\b");
    /** "green-lit by Israel", "rejected outright by Hamas": the agent follows the verb at once. */
    private static final Pattern AGENT = Pattern.compile("^\\s+(?:\\p{L}+ly\\s+|outright\\s+)?by\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_AGENT = Pattern.compile(
            "^\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:crafted|drafted|sent|put forward|presented|submitted|made|brokered|mediated|offered|proposed|tabled|floated|come|came)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?(?:by|from)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between an owner and its proposal: "’s", "-brokered", "hostage", "new" (not a verb). */
    private static final Pattern OWNER_GAP = Pattern.compile(
            "^(?:['’]s)?(?:-(?:brokered|mediated|backed|drafted|led))?(?:\\s+(?!\\p{L}+ed\\b)[\\p{L}-]+){0,2}\\s+$");
    /** An aside between commas right before a verb: ", the Izz el-Deen al-Qassam Brigades, rejected". */
    private static final Pattern ASIDE = Pattern.compile(",\\s[^,;]{1,100},\\s*(?:\\p{L}+ly\\s+)?$");
    /** The word before a verb, past its auxiliaries and adverbs: "it had accepted", "they swiftly rejected". */
    private static final Pattern LAST_WORD = Pattern.compile(
            "(?i)\\b(\\p{L}+)\\s+(?:(?:has|had|have|also|then|later|now|already|swiftly)\\s+)*$");
    private static final Pattern LIST_GLUE = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+)(?:the\\s+)?$");

    List<NegotiationEvent> find(List<Sentence> sentences, List<DateMention> mentions, ArticleActors context) {
        Map<Sentence, List<DateMention>> datesBySentence = new HashMap<>();
        mentions.forEach(m -> datesBySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>()).add(m));
        List<NegotiationEvent> events = new ArrayList<>();
        String previous = "";
        for (Sentence sentence : sentences) {
            if (sentence.caption()) {
                continue;
            }
            var reading = new SentenceReading(sentence, previous, context.resolve(ActorGazetteer.find(sentence.text())),
                    datesBySentence.getOrDefault(sentence, List.of()), context);
            events.addAll(reading.events());
            previous = sentence.text();
        }
        return counterProposals(events);
    }

    /**
     * Once mediators have a proposal on the table, the proposal of a party that answered with a counter (or
     * whose counter-proposal the article names) is a counter-proposal.
     */
    private static List<NegotiationEvent> counterProposals(List<NegotiationEvent> events) {
        boolean mediatorProposal = events.stream().anyMatch(e -> e.type() == EventType.PROPOSAL
                && e.actors().stream().anyMatch(a -> ActorGazetteer.role(a) == ActorRole.MEDIATOR));
        Set<String> countering = new java.util.HashSet<>();
        events.stream().filter(e -> e.stance() == Stance.COUNTER || e.type() == EventType.COUNTER_PROPOSAL)
                .forEach(e -> countering.addAll(e.actors()));
        if (!mediatorProposal) {
            return events;
        }
        return events.stream().map(e -> e.type() == EventType.PROPOSAL && !e.actors().isEmpty()
                && countering.containsAll(e.actors())
                        ? new NegotiationEvent(EventType.COUNTER_PROPOSAL, e.actors(), e.mediators(), null, e.terms(),
                                e.sentence(), e.trigger(), e.date())
                        : e).toList();
    }

    /** One sentence's events. */
    private record SentenceReading(Sentence sentence, String previousText, List<ActorMention> actors,
            List<DateMention> dates, ArticleActors context) {

        List<NegotiationEvent> events() {
            Set<NegotiationEvent> events = new LinkedHashSet<>();
            responses(events);
            criticism(events);
            proposals(events);
            demands(events);
            simple(events, Kind.TALKS_SUSPENDED, EventType.TALKS_SUSPENDED);
            simple(events, Kind.TALKS_HELD, EventType.TALKS_HELD);
            simple(events, Kind.CEASEFIRE_IN_EFFECT, EventType.CEASEFIRE_IN_EFFECT);
            simple(events, Kind.CALL_FOR_CEASEFIRE, EventType.CALL_FOR_CEASEFIRE);
            if (events.isEmpty() && dates.stream().anyMatch(d -> d.resolved() && d.resolution().precision().atLeastDay())) {
                simple(events, Kind.MILITARY_ACTION, EventType.MILITARY_ACTION);
            }
            if (events.isEmpty() && dates.stream().anyMatch(d -> d.resolved() && d.resolution().precision().atLeastDay())) {
                statement(events);
            }
            return dedupe(events);
        }

        private void responses(Set<NegotiationEvent> events) {
            String text = sentence.text();
            // "Israel had agreed as well" answers the offer of the sentence before
            boolean aboutProposal = mentionsProposal(text) || mentionsProposal(previousText);
            if (!aboutProposal) {
                return;
            }
            for (Kind kind : List.of(Kind.REJECT, Kind.ACCEPT, Kind.COUNTER)) {
                Matcher m = NegotiationCues.of(kind).matcher(text);
                while (m.find()) {
                    if (preceded(Kind.MODAL, m.start(), 2) && !hedged(m.start())) {
                        continue;
                    }
                    List<String> who = agentAfter(m.end());
                    if (who.isEmpty()) {
                        who = subjectOrSpeaker(m.start());
                    }
                    if (who.isEmpty() || hypothetical(who, m.start())) {
                        continue;
                    }
                    Stance stance = switch (kind) {
                        case REJECT -> Stance.REJECT;
                        case COUNTER -> Stance.COUNTER;
                        default -> preceded(Kind.NEGATION, m.start(), 3) ? Stance.REJECT
                                : hedgedAcceptance(m.start()) ? Stance.COUNTER : Stance.ACCEPT;
                    };
                    events.add(event(EventType.RESPONSE, who, stance, Terms.NONE, m.group(), m.start()));
                }
            }
        }

        private static boolean mentionsProposal(String text) {
            return !text.isEmpty() && (NegotiationCues.of(Kind.PROPOSAL_OBJECT).matcher(text).find()
                    || NegotiationCues.of(Kind.DEMAND_NOUN).matcher(text).find()
                    || NegotiationCues.of(Kind.DEMAND).matcher(text).find()
                    || text.matches("(?is).*\\b(?:agreement|request)\\b.*"));
        }

        /** "Hamas claimed to have accepted" a text that "differed" from the one on the table: a counter. */
        private boolean hedgedAcceptance(int verbStart) {
            return hedged(verbStart) && NegotiationCues.of(Kind.DIFFERENT).matcher(sentence.text()).find();
        }

        private boolean hedged(int verbStart) {
            String before = sentence.text().substring(Math.max(0, verbStart - 25), verbStart);
            return NegotiationCues.of(Kind.HEDGE).matcher(before).find();
        }

        /** "Biden said Hamas’s reply was “a little over the top”": the speaker criticizes what was put forward. */
        private void criticism(Set<NegotiationEvent> events) {
            String text = sentence.text();
            Matcher critic = NegotiationCues.of(Kind.CRITICIZE).matcher(text);
            Matcher speech = NegotiationCues.of(Kind.SPEECH).matcher(text);
            if (!critic.find() || !speech.find() || speech.start() > critic.start()
                    || !text.matches("(?is).*\\b(?:reply|response|proposals?|terms|demands|conditions|offer|plan)\\b.*")) {
                return;
            }
            List<String> speaker = subjectBefore(speech.start());
            if (!speaker.isEmpty()) {
                events.add(event(EventType.RESPONSE, speaker, Stance.CRITICIZE, Terms.NONE, critic.group(), critic.start()));
            }
        }

        private void proposals(Set<NegotiationEvent> events) {
            String text = sentence.text();
            Terms terms = TermsReader.read(text);
            for (Kind kind : List.of(Kind.COUNTER_NOUN, Kind.PROPOSAL_NOUN)) {
                Matcher m = NegotiationCues.of(kind).matcher(text);
                while (m.find()) {
                    if (preceded(Kind.NEGATION, m.start(), 3)) {
                        continue;
                    }
                    List<String> owners = ownerBefore(m.start());
                    if (owners.isEmpty()) {
                        owners = nounAgent(m.end());
                    }
                    if (!owners.isEmpty()) {
                        events.add(event(kind == Kind.COUNTER_NOUN ? EventType.COUNTER_PROPOSAL : EventType.PROPOSAL,
                                owners, null, terms, m.group(), m.start()));
                    }
                }
            }
            Matcher verb = NegotiationCues.of(Kind.PROPOSAL_VERB).matcher(text);
            while (verb.find()) {
                if (preceded(Kind.NEGATION, verb.start(), 3) || preceded(Kind.MODAL, verb.start(), 2)
                        || !agentAfter(verb.end()).isEmpty()) {
                    continue;
                }
                List<String> who = subjectOrSpeaker(verb.start());
                String after = text.substring(verb.end());
                Matcher object = NegotiationCues.of(Kind.PROPOSAL_OBJECT).matcher(after);
                boolean proposesClause = THAT_CLAUSE.matcher(after).lookingAt();
                boolean proposesThing = object.find() && words(after.substring(0, object.start())) <= OBJECT_REACH;
                if (who.isEmpty() || !(proposesClause || proposesThing)) {
                    continue;
                }
                boolean answering = after.matches("(?is).*\\bin (?:response|reply) to\\b.*")
                        || (proposesThing && NegotiationCues.of(Kind.COUNTER_NOUN).matcher(object.group()).matches());
                boolean demanding = proposesThing && NegotiationCues.of(Kind.DEMAND_NOUN).matcher(object.group()).find();
                EventType type = demanding ? EventType.DEMAND : answering ? EventType.COUNTER_PROPOSAL : EventType.PROPOSAL;
                events.add(event(type, who, null, terms, verb.group(), verb.start()));
                if (answering) {
                    events.add(event(EventType.RESPONSE, who, Stance.COUNTER, Terms.NONE, verb.group(), verb.start()));
                }
            }
        }

        private void demands(Set<NegotiationEvent> events) {
            String text = sentence.text();
            Matcher verb = NegotiationCues.of(Kind.DEMAND).matcher(text);
            while (verb.find()) {
                List<String> who = subjectOrSpeaker(verb.start());
                if (!who.isEmpty() && !preceded(Kind.NEGATION, verb.start(), 2) && !preceded(Kind.MODAL, verb.start(), 1)) {
                    events.add(event(EventType.DEMAND, who, null, TermsReader.read(text), verb.group(), verb.start()));
                }
            }
            Matcher noun = NegotiationCues.of(Kind.DEMAND_NOUN).matcher(text);
            while (noun.find()) {
                // "Israel has rejected the demands": the demands are someone else's
                List<String> owner = ownerBefore(noun.start());
                if (!owner.isEmpty() && !respondedTo(noun.start())) {
                    events.add(event(EventType.DEMAND, owner, null, TermsReader.read(text), noun.group(), noun.start()));
                }
            }
        }

        /** A dated statement on the talks by a party or mediator ("Hamas said Friday it is holding consultations"). */
        private void statement(Set<NegotiationEvent> events) {
            Matcher speech = NegotiationCues.of(Kind.SPEECH).matcher(sentence.text());
            if (!speech.find() || !NegotiationCues.of(Kind.TOPIC).matcher(sentence.text()).find()) {
                return;
            }
            List<String> speaker = subjectBefore(speech.start());
            if (!speaker.isEmpty() && speaker.stream().allMatch(a -> ActorGazetteer.role(a) != ActorRole.OTHER)) {
                events.add(event(EventType.STATEMENT, speaker, null, Terms.NONE, speech.group(), speech.start()));
            }
        }

        private void simple(Set<NegotiationEvent> events, Kind kind, EventType type) {
            Matcher m = NegotiationCues.of(kind).matcher(sentence.text());
            if (m.find()) {
                // "the departure of Israeli and Hamas negotiating teams": the actors inside the phrase act
                List<String> who = actors.stream().filter(a -> a.begin() >= m.start() && a.end() <= m.end())
                        .map(ActorMention::actor).distinct().toList();
                if (who.isEmpty()) {
                    who = subjectBefore(m.start());
                }
                // a sentence's first actor speaks for talks and calls; a ceasefire is nobody's alone
                if (who.isEmpty() && !actors.isEmpty() && type != EventType.CEASEFIRE_IN_EFFECT) {
                    who = listStartingAt(actors.get(0).begin());
                }
                events.add(event(type, who, null, Terms.NONE, m.group(), m.start()));
            }
        }

        private NegotiationEvent event(EventType type, List<String> who, Stance stance, Terms terms, String trigger,
                int at) {
            List<String> mediators = context.mediators().stream().filter(x -> !who.contains(x)).toList();
            return new NegotiationEvent(type, who, mediators, stance, terms, sentence, trigger, nearestDate(at));
        }

        private DateMention nearestDate(int at) {
            DateMention best = null;
            for (DateMention d : dates) {
                if (d.resolved() && (best == null || Math.abs(d.begin() - at) < Math.abs(best.begin() - at))) {
                    best = d;
                }
            }
            return best;
        }

        /** The subject before {@code at}, or for "it" or "they" right before it, the sentence's speaker. */
        private List<String> subjectOrSpeaker(int at) {
            List<String> subject = subjectBefore(at);
            if (!subject.isEmpty()) {
                return subject;
            }
            String before = sentence.text().substring(0, at);
            Matcher pronoun = LAST_WORD.matcher(before);
            if (!pronoun.find() || !NegotiationCues.of(Kind.PRONOUN).matcher(pronoun.group(1)).matches()) {
                return List.of();
            }
            Matcher speech = NegotiationCues.of(Kind.SPEECH).matcher(before);
            return speech.find() ? subjectBefore(speech.start()) : List.of();
        }

        /** "had Israel agreed", "if Hamas accepts": a condition, not an answer. */
        private boolean hypothetical(List<String> subject, int verbStart) {
            int subjectStart = actors.stream().filter(a -> subject.contains(a.actor()) && a.end() <= verbStart)
                    .mapToInt(ActorMention::begin).max().orElse(verbStart);
            return preceded(Kind.HYPOTHETICAL, subjectStart, 1);
        }

        private boolean respondedTo(int at) {
            String before = sentence.text().substring(Math.max(0, at - 40), at);
            return NegotiationCues.of(Kind.REJECT).matcher(before).find()
                    || NegotiationCues.of(Kind.ACCEPT).matcher(before).find();
        }

        /** The nearest actor ending before {@code at}, with few words and no clause break in between. */
        private List<String> subjectBefore(int at) {
            return actorsBefore(at, false);
        }

        /** @param asObjectToo whether an actor after a preposition counts ("held up by Islamic Jihad’s demand") */
        private List<String> actorsBefore(int at, boolean asObjectToo) {
            ActorMention nearest = null;
            for (ActorMention a : actors) {
                if (a.end() <= at && (nearest == null || a.end() > nearest.end())) {
                    nearest = a;
                }
            }
            if (nearest == null) {
                return List.of();
            }
            String between = sentence.text().substring(nearest.end(), at);
            if (words(between) > SUBJECT_REACH || CLAUSE_BREAK.matcher(between).find()) {
                // "Hamas, which did not send a delegation, effectively rejected": skip the aside
                Matcher aside = ASIDE.matcher(sentence.text().substring(0, at));
                return aside.find() && aside.start() < at ? actorsBefore(aside.start(), asObjectToo) : List.of();
            }
            List<String> list = listEndingAt(nearest);
            return asObjectToo || !preceded(Kind.OBJECT_OF, listBegin(nearest), 1) ? list : List.of();
        }

        /** "an Egyptian proposal", "Hamas’s counter-proposal", "the Hamas hostage proposal". */
        private List<String> ownerBefore(int at) {
            ActorMention last = actors.stream().filter(a -> a.end() <= at).reduce((a, b) -> b).orElse(null);
            if (last == null || !OWNER_GAP.matcher(sentence.text().substring(last.end(), at)).matches()) {
                return List.of();
            }
            return actorsBefore(at, true);
        }

        /** "the proposal crafted by mediators", "a proposed outline sent last week by Qatari and Egyptian mediators". */
        private List<String> nounAgent(int nounEnd) {
            Matcher m = NOUN_AGENT.matcher(sentence.text().substring(nounEnd));
            return m.find() ? listStartingAt(nounEnd + m.end()) : List.of();
        }

        /** "green-lit by Israel", "backed by the United States and Israel". */
        private List<String> agentAfter(int verbEnd) {
            String rest = sentence.text().substring(verbEnd);
            Matcher m = AGENT.matcher(rest);
            return m.find() ? listStartingAt(verbEnd + m.end()) : List.of();
        }

        /** Actors listed from {@code at} on: "Qatari and Egyptian mediators", "Egypt, Qatar and the UN". */
        private List<String> listStartingAt(int at) {
            List<String> list = new ArrayList<>();
            int position = at;
            for (List<ActorMention> span : spans()) {
                int begin = span.get(0).begin();
                if (begin < position) {
                    continue;
                }
                if (begin != position && !LIST_GLUE.matcher(sentence.text().substring(position, begin)).matches()) {
                    break;
                }
                span.forEach(a -> list.add(a.actor()));
                position = span.get(0).end();
            }
            return list.stream().distinct().toList();
        }

        /** The actors of a list that ends with {@code last}: "Qatari and Egyptian" before "mediators". */
        private List<String> listEndingAt(ActorMention last) {
            List<String> list = new ArrayList<>();
            walkBack(last, span -> span.forEach(a -> list.add(0, a.actor())));
            return list.stream().distinct().toList();
        }

        /** Where the list that ends with {@code last} begins. */
        private int listBegin(ActorMention last) {
            int[] begin = {last.begin()};
            walkBack(last, span -> begin[0] = Math.min(begin[0], span.get(0).begin()));
            return begin[0];
        }

        /** Visits, from {@code last} backwards, each place of the list it ends ("Egypt, Qatar and the UN"). */
        private void walkBack(ActorMention last, java.util.function.Consumer<List<ActorMention>> visit) {
            int position = last.end();
            List<List<ActorMention>> spans = spans();
            for (int i = spans.size() - 1; i >= 0; i--) {
                List<ActorMention> span = spans.get(i);
                int end = span.get(0).end();
                if (end > position) {
                    continue;
                }
                if (end != last.end() && !LIST_GLUE.matcher(sentence.text().substring(end, position)).matches()) {
                    break;
                }
                visit.accept(span);
                position = span.get(0).begin();
            }
        }

        /** Actor mentions grouped by place: "the mediators" is several actors at one place. */
        private List<List<ActorMention>> spans() {
            Map<Integer, List<ActorMention>> byBegin = new java.util.TreeMap<>();
            actors.forEach(a -> byBegin.computeIfAbsent(a.begin(), b -> new ArrayList<>()).add(a));
            return List.copyOf(byBegin.values());
        }

        private boolean preceded(Kind kind, int at, int withinWords) {
            String before = sentence.text().substring(0, at);
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(before);
            while (w.find()) {
                words.add(w.group());
            }
            Pattern cue = NegotiationCues.of(kind);
            for (int i = Math.max(0, words.size() - withinWords); i < words.size(); i++) {
                if (cue.matcher(words.get(i)).matches()) {
                    return true;
                }
            }
            return false;
        }

        private static int words(String text) {
            int n = 0;
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                n++;
            }
            return n;
        }

        /** Two cues for the same thing in one sentence make one event. */
        private static List<NegotiationEvent> dedupe(Set<NegotiationEvent> events) {
            Map<String, NegotiationEvent> unique = new java.util.LinkedHashMap<>();
            for (NegotiationEvent e : events) {
                unique.putIfAbsent(e.type() + "|" + e.actors() + "|" + e.stance(), e);
            }
            return List.copyOf(unique.values());
        }
    }
}
