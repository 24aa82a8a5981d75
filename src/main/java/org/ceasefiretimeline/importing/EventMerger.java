package org.ceasefiretimeline.importing;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ceasefiretimeline.extract.DateMention;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.NegotiationEvent;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Sentence;
import org.ceasefiretimeline.extract.TypedDate;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.EventTypes;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.Response;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.ceasefiretimeline.timeline.StoredDateMention;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.stereotype.Component;

/**
 * Stores one article's extracted events in its round, merged with the events other articles already
 * reported: a proposal two articles report is matched on proposer, terms and a date window, never
 * on sentence text.
 */
@Component
class EventMerger {

    /** Two reports of one proposal or answer may date it a few days apart. */
    static final int MATCH_WINDOW_DAYS = 7;

    private final TimelineEventRepository events;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;
    private final Actors actors;

    EventMerger(
            TimelineEventRepository events,
            ProposalRepository proposals,
            ResponseRepository responses,
            Actors actors) {
        this.events = events;
        this.proposals = proposals;
        this.responses = responses;
        this.actors = actors;
    }

    /**
     * @param saved each extracted mention with its stored copy
     * @param hash the article's content hash, part of each new event's stable key
     */
    void store(
            StoredArticle article,
            NegotiationRound round,
            Map<DateMention, StoredDateMention> saved,
            String hash,
            List<NegotiationEvent> extracted) {
        new ArticleEvents(article, round, saved, hash).store(extracted);
    }

    /**
     * One article's events being stored, with the proposals it has named so far for its responses.
     */
    private final class ArticleEvents {

        private final StoredArticle article;
        private final NegotiationRound round;
        private final Map<DateMention, StoredDateMention> saved;
        private final String hash;
        private final List<Proposal> named = new ArrayList<>();
        private final List<TimelineEvent> roundEvents;
        private int index;

        ArticleEvents(
                StoredArticle article,
                NegotiationRound round,
                Map<DateMention, StoredDateMention> saved,
                String hash) {
            this.article = article;
            this.round = round;
            this.saved = saved;
            this.hash = hash;
            this.roundEvents =
                    round == null
                            ? new ArrayList<>()
                            : new ArrayList<>(events.findByRoundOrderByStartAscIdAsc(round));
        }

        void store(List<NegotiationEvent> extracted) {
            // within a sentence, proposals come before the answers that may refer to them
            Map<Sentence, List<NegotiationEvent>> bySentence =
                    extracted.stream()
                            .collect(
                                    Collectors.groupingBy(
                                            NegotiationEvent::sentence,
                                            LinkedHashMap::new,
                                            Collectors.toList()));
            for (var sentenceEvents : bySentence.values()) {
                List<Proposal> inSentence = new ArrayList<>();
                for (NegotiationEvent e :
                        sentenceEvents.stream()
                                .sorted(Comparator.comparing(ev -> ev.type() == EventType.RESPONSE))
                                .toList()) {
                    if (EventTypes.isProposal(e.type())) {
                        inSentence.add(proposal(e));
                    } else if (e.type() == EventType.RESPONSE) {
                        response(e, inSentence);
                    } else {
                        other(e);
                    }
                }
                named.addAll(inSentence);
            }
        }

        private Proposal proposal(NegotiationEvent e) {
            TimelineEvent match = find(e, candidate -> sameTruce(candidate, e));
            Proposal proposal;
            if (match != null) {
                proposal = proposals.findByEvent(match).orElseThrow();
                proposal.complete(
                        e.terms().truce(),
                        e.terms().stages(),
                        e.terms().hostages(),
                        e.terms().prisoners());
                addSource(match, e);
            } else {
                TimelineEvent event = create(e);
                proposal =
                        new Proposal(
                                event,
                                e.terms().truce(),
                                e.terms().stages(),
                                e.terms().hostages(),
                                e.terms().prisoners());
                e.mediators().forEach(m -> proposal.getMediators().add(actors.named(m)));
                if (e.type() == EventType.COUNTER_PROPOSAL) {
                    proposal.setAnswers(latestProposalNotBy(e.actors()));
                }
                proposals.save(proposal);
            }
            typedDates(proposal, e);
            return proposal;
        }

        /**
         * "a truce starting at midnight Thursday": the dates the sentence gives the proposal, not
         * its making.
         */
        private static void typedDates(Proposal proposal, NegotiationEvent e) {
            for (TypedDate d : e.mentionedDates()) {
                var r = d.mention().resolution();
                switch (d.role()) {
                    case TAKES_EFFECT ->
                            proposal.takesEffect(r.start(), r.precision(), d.mention().text());
                    case EXPIRES -> proposal.ends(r.start(), r.precision(), d.mention().text());
                    case DEADLINE -> proposal.dueBy(r.start(), r.precision(), d.mention().text());
                }
            }
        }

        private void response(NegotiationEvent e, List<Proposal> inSentence) {
            Proposal answered =
                    inSentence.stream()
                            .filter(p -> !ownedBy(p, e.actors()))
                            .reduce((a, b) -> b)
                            .orElseGet(
                                    () ->
                                            named.stream()
                                                    .filter(p -> !ownedBy(p, e.actors()))
                                                    .reduce((a, b) -> b)
                                                    .orElseGet(
                                                            () -> latestProposalNotBy(e.actors())));
            TimelineEvent match =
                    find(
                            e,
                            candidate ->
                                    responses
                                            .findByEvent(candidate)
                                            .map(r -> Objects.equals(r.getProposal(), answered))
                                            .orElse(false));
            if (match != null) {
                addSource(match, e);
                return;
            }
            TimelineEvent event = create(e);
            responses.save(new Response(event, answered, actors.named(e.actors().get(0))));
        }

        /**
         * Talks, statements and strikes are matched on their day, not a window: a round has many of
         * each. An undated one (a headline) joins a dated one of its own article.
         */
        private void other(NegotiationEvent e) {
            var day = e.date() == null ? null : e.date().resolution().start().toLocalDate();
            TimelineEvent match =
                    find(
                            e,
                            candidate ->
                                    candidate.getStart() != null
                                                    && day != null
                                                    && !candidate.isApproximate()
                                            ? candidate.getStart().toLocalDate().equals(day)
                                            : candidate.getSources().stream()
                                                    .anyMatch(s -> s.getArticle() == article));
            if (match != null) {
                addSource(match, e);
            } else {
                create(e);
            }
        }

        /** An event of the round with the same type, actors and stance, dated within the window. */
        private TimelineEvent find(NegotiationEvent e, Predicate<TimelineEvent> alsoMatches) {
            if (round == null) {
                return null;
            }
            Set<String> names = Set.copyOf(e.actors());
            var day = e.date() == null ? null : e.date().resolution().start();
            for (TimelineEvent candidate : roundEvents) {
                boolean near =
                        day == null
                                || candidate.getStart() == null
                                || candidate.isApproximate()
                                || Math.abs(
                                                ChronoUnit.DAYS.between(
                                                        candidate.getStart().toLocalDate(),
                                                        day.toLocalDate()))
                                        <= MATCH_WINDOW_DAYS;
                if (candidate.getType() == e.type()
                        && candidate.getStance() == e.stance()
                        && near
                        && candidate.getActors().stream()
                                .map(Actor::getName)
                                .collect(Collectors.toSet())
                                .equals(names)
                        && alsoMatches.test(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        /**
         * A report that names no truce ("Hamas had accepted the proposal") is the proposer's
         * proposal already on record; one that names a truce must name the same.
         */
        private boolean sameTruce(TimelineEvent candidate, NegotiationEvent e) {
            String reported = normalized(e.terms().truce());
            String truce = proposals.findByEvent(candidate).map(Proposal::getTruce).orElse(null);
            return reported == null || Objects.equals(normalized(truce), reported);
        }

        private TimelineEvent create(NegotiationEvent e) {
            String key =
                    ContentHash.sha256(
                                    hash
                                            + "|"
                                            + e.sentence().index()
                                            + "|"
                                            + e.type()
                                            + "|"
                                            + e.actors()
                                            + "|"
                                            + e.stance()
                                            + "|"
                                            + e.trigger()
                                            + "|"
                                            + index++)
                            .substring(0, 40);
            TimelineEvent event = new TimelineEvent(key, e.type(), e.stance(), e.sentence().text());
            event.setRound(round);
            e.actors().forEach(a -> event.getActors().add(actors.named(a)));
            if (e.date() != null) {
                event.dateBy(saved.get(e.date()));
            } else if (article.getPublished() != null) {
                event.date(
                        article.getPublished().atStartOfDay(),
                        article.getPublished().atStartOfDay(),
                        Precision.DAY,
                        null,
                        true);
            }
            addSource(event, e);
            TimelineEvent stored = events.save(event);
            roundEvents.add(stored);
            return stored;
        }

        /** An article backs an event once: by the first sentence of it that states the event. */
        private void addSource(TimelineEvent event, NegotiationEvent e) {
            boolean backed =
                    event.getSources().stream()
                            .anyMatch(s -> Objects.equals(s.getArticle().getId(), article.getId()));
            if (!backed) {
                event.addSource(
                        article,
                        e.sentence().text(),
                        e.sentence().line(),
                        e.date() == null ? null : saved.get(e.date()));
            }
            if (event.isApproximate() && !event.isCorrected() && e.date() != null) {
                event.dateBy(saved.get(e.date()));
            }
        }

        private Proposal latestProposalNotBy(List<String> parties) {
            if (round == null) {
                return null;
            }
            return proposals.findByEventRound(round).stream()
                    .filter(p -> !ownedBy(p, parties))
                    .filter(p -> p.getEvent().getType() != EventType.DEMAND)
                    // of two made the same day, the one recorded first, whatever order the
                    // database returns them in (PostgreSQL's changes with every update)
                    .max(
                            Comparator.comparing(
                                            (Proposal p) -> p.getEvent().getStart(),
                                            Comparator.nullsFirst(Comparator.naturalOrder()))
                                    .thenComparing(
                                            p -> p.getEvent().getId(), Comparator.reverseOrder()))
                    .orElse(null);
        }

        private boolean ownedBy(Proposal p, List<String> parties) {
            return p.getEvent().getActors().stream().anyMatch(a -> parties.contains(a.getName()));
        }
    }

    private static String normalized(String terms) {
        return terms == null ? null : terms.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
