package org.ceasefiretimeline.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.ceasefiretimeline.extract.ActorGazetteer;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.NegotiationEvent;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Sentence;
import org.ceasefiretimeline.extract.Stance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one extracted article: the article (once, by content hash), its date mentions, and its events,
 * merged with events already reported by other articles of the same round. A proposal two articles report
 * is matched on proposer, terms and a date window, never on sentence text.
 */
@Service
public class ImportService {

    /** Two reports of one proposal or answer may date it a few days apart. */
    static final int MATCH_WINDOW_DAYS = 7;
    /** Articles about the same counterpart less than this many days apart belong to one round. */
    static final int ROUND_GAP_DAYS = 30;
    /** Event days this long before publication still widen the round (not background like "in 2014"). */
    private static final int ROUND_REACH_DAYS = 45;

    private final ArticleRepository articles;
    private final ActorRepository actors;
    private final RoundRepository rounds;
    private final DateMentionRepository mentions;
    private final TimelineEventRepository events;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;

    ImportService(ArticleRepository articles, ActorRepository actors, RoundRepository rounds,
            DateMentionRepository mentions, TimelineEventRepository events, ProposalRepository proposals,
            ResponseRepository responses) {
        this.articles = articles;
        this.actors = actors;
        this.rounds = rounds;
        this.mentions = mentions;
        this.events = events;
        this.proposals = proposals;
        this.responses = responses;
    }

    /** @return false when the article's content was imported before (nothing changes then) */
    @Transactional
    public boolean importArticle(ArticleExtraction x) {
        var in = x.article();
        String hash = ContentHash.of(in);
        if (articles.findByContentHash(hash).isPresent()) {
            return false;
        }
        Article article = articles.save(new Article(hash, in.file(), in.title(), in.publisher(), in.url(),
                in.published(), in.publishedSource(), in.publishedEvidence(), in.timezone().getId(),
                in.errors().isEmpty() ? null : String.join("\n", in.errors())));
        article.setBody(ArticleBody.encode(in.blocks()));
        Map<org.ceasefiretimeline.extract.DateMention, DateMention> saved = new IdentityHashMap<>();
        for (var m : x.mentions()) {
            var r = m.resolution();
            saved.put(m, mentions.save(new DateMention(article, m.sentence().text(), m.sentence().line(),
                    m.sentence().caption(), m.text(), m.rule(), r.start(), r.end(), r.precision(), r.anchor(),
                    r.reason(), m.confidence())));
        }
        NegotiationRound round = assignRound(article, x);
        new ArticleEvents(article, round, saved, hash).store(x.events());
        return true;
    }

    private NegotiationRound assignRound(Article article, ArticleExtraction x) {
        LocalDate published = article.getPublished();
        if (x.focalGroup() == null || published == null) {
            return null;
        }
        Actor counterpart = actor(x.focalGroup());
        NegotiationRound round = rounds.findByCounterpart(counterpart).stream()
                .filter(r -> r.getStartDay() != null
                        && !published.isBefore(r.getStartDay().minusDays(ROUND_GAP_DAYS))
                        && !published.isAfter(r.getEndDay().plusDays(ROUND_GAP_DAYS)))
                .findFirst()
                .orElseGet(() -> rounds.save(new NegotiationRound(uniqueSlug(published, counterpart.getName()),
                        counterpart.getName(), counterpart)));
        round.cover(published);
        x.events().stream().map(e -> e.date() == null ? null : e.date().resolution().start().toLocalDate())
                .filter(Objects::nonNull)
                .filter(d -> !d.isAfter(published) && ChronoUnit.DAYS.between(d, published) <= ROUND_REACH_DAYS)
                .forEach(round::cover);
        article.setRound(round);
        round.addActor(actor("Israel"), ActorRole.PARTY);
        round.addActor(counterpart, ActorRole.PARTY);
        x.mediators().forEach(m -> round.addActor(actor(m), ActorRole.MEDIATOR));
        if (round.getOperation() == null) {
            round.setOperation(x.operation());
        }
        LocalDate firstReport = articles.findByRoundOrderByPublishedAsc(round).stream().map(Article::getPublished)
                .filter(Objects::nonNull).filter(d -> d.isBefore(published)).findFirst().orElse(published);
        round.deriveName(RoundNamer.name(firstReport, counterpart.getName(),
                round.actors(ActorRole.MEDIATOR).stream().map(Actor::getName).toList(), round.getOperation()));
        return round;
    }

    private String uniqueSlug(LocalDate day, String counterpart) {
        String base = RoundNamer.slug(day, counterpart);
        String slug = base;
        for (int n = 2; rounds.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    Actor actor(String name) {
        return actors.findByName(name).orElseGet(() -> actors.save(new Actor(name, ActorGazetteer.role(name))));
    }

    /** One article's events being stored, with the proposals it has named so far for its responses. */
    private final class ArticleEvents {

        private final Article article;
        private final NegotiationRound round;
        private final Map<org.ceasefiretimeline.extract.DateMention, DateMention> saved;
        private final String hash;
        private final List<Proposal> named = new ArrayList<>();
        private final List<TimelineEvent> roundEvents;
        private int index;

        ArticleEvents(Article article, NegotiationRound round,
                Map<org.ceasefiretimeline.extract.DateMention, DateMention> saved, String hash) {
            this.article = article;
            this.round = round;
            this.saved = saved;
            this.hash = hash;
            this.roundEvents = round == null ? new ArrayList<>() : new ArrayList<>(events.findByRoundOrderByStartAscIdAsc(round));
        }

        void store(List<NegotiationEvent> extracted) {
            // within a sentence, proposals come before the answers that may refer to them
            Map<Sentence, List<NegotiationEvent>> bySentence = extracted.stream()
                    .collect(Collectors.groupingBy(NegotiationEvent::sentence, LinkedHashMap::new, Collectors.toList()));
            for (var sentenceEvents : bySentence.values()) {
                List<Proposal> inSentence = new ArrayList<>();
                for (NegotiationEvent e : sentenceEvents.stream().sorted(Comparator.comparing(ev -> ev.type() == EventType.RESPONSE)).toList()) {
                    switch (e.type()) {
                        case PROPOSAL, COUNTER_PROPOSAL, DEMAND -> inSentence.add(proposal(e));
                        case RESPONSE -> response(e, inSentence);
                        default -> other(e);
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
                proposal.complete(e.terms().truce(), e.terms().stages(), e.terms().hostages(), e.terms().prisoners());
                addSource(match, e);
            } else {
                TimelineEvent event = create(e);
                proposal = new Proposal(event, e.terms().truce(), e.terms().stages(), e.terms().hostages(),
                        e.terms().prisoners());
                e.mediators().forEach(m -> proposal.getMediators().add(actor(m)));
                if (e.type() == EventType.COUNTER_PROPOSAL) {
                    proposal.setAnswers(latestProposalNotBy(e.actors()));
                }
                proposals.save(proposal);
            }
            return proposal;
        }

        private void response(NegotiationEvent e, List<Proposal> inSentence) {
            Proposal answered = inSentence.stream().filter(p -> !ownedBy(p, e.actors())).reduce((a, b) -> b)
                    .orElseGet(() -> named.stream().filter(p -> !ownedBy(p, e.actors())).reduce((a, b) -> b)
                            .orElseGet(() -> latestProposalNotBy(e.actors())));
            TimelineEvent match = find(e, candidate -> responses.findByEvent(candidate)
                    .map(r -> Objects.equals(r.getProposal(), answered)).orElse(false));
            if (match != null) {
                addSource(match, e);
                return;
            }
            TimelineEvent event = create(e);
            responses.save(new Response(event, answered, actor(e.actors().get(0))));
        }

        /**
         * Talks, statements and strikes are matched on their day, not a window: a round has many of each. An
         * undated one (a headline) joins a dated one of its own article.
         */
        private void other(NegotiationEvent e) {
            var day = e.date() == null ? null : e.date().resolution().start().toLocalDate();
            TimelineEvent match = find(e, candidate -> candidate.getStart() != null && day != null && !candidate.isApproximate()
                    ? candidate.getStart().toLocalDate().equals(day)
                    : candidate.getSources().stream().anyMatch(s -> s.getArticle() == article));
            if (match != null) {
                addSource(match, e);
            } else {
                create(e);
            }
        }

        /** An event of the round with the same type, actors and stance, dated within the window. */
        private TimelineEvent find(NegotiationEvent e, java.util.function.Predicate<TimelineEvent> alsoMatches) {
            if (round == null) {
                return null;
            }
            Set<String> names = Set.copyOf(e.actors());
            var day = e.date() == null ? null : e.date().resolution().start();
            for (TimelineEvent candidate : roundEvents) {
                boolean near = day == null || candidate.getStart() == null || candidate.isApproximate()
                        || Math.abs(ChronoUnit.DAYS.between(candidate.getStart().toLocalDate(), day.toLocalDate()))
                                <= MATCH_WINDOW_DAYS;
                if (candidate.getType() == e.type() && candidate.getStance() == e.stance() && near
                        && candidate.getActors().stream().map(Actor::getName).collect(Collectors.toSet()).equals(names)
                        && alsoMatches.test(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private boolean sameTruce(TimelineEvent candidate, NegotiationEvent e) {
            String truce = proposals.findByEvent(candidate).map(Proposal::getTruce).orElse(null);
            return Objects.equals(normalized(truce), normalized(e.terms().truce()));
        }

        private TimelineEvent create(NegotiationEvent e) {
            String key = ContentHash.sha256(hash + "|" + e.sentence().index() + "|" + e.type() + "|" + e.actors() + "|"
                    + e.stance() + "|" + e.trigger() + "|" + index++).substring(0, 40);
            TimelineEvent event = new TimelineEvent(key, e.type(), e.stance(), e.sentence().text());
            event.setRound(round);
            e.actors().forEach(a -> event.getActors().add(actor(a)));
            if (e.date() != null) {
                event.dateBy(saved.get(e.date()));
            } else if (article.getPublished() != null) {
                event.date(article.getPublished().atStartOfDay(), article.getPublished().atStartOfDay(), Precision.DAY,
                        null, true);
            }
            addSource(event, e);
            TimelineEvent stored = events.save(event);
            roundEvents.add(stored);
            return stored;
        }

        private void addSource(TimelineEvent event, NegotiationEvent e) {
            event.addSource(article, e.sentence().text(), e.sentence().line(), e.date() == null ? null : saved.get(e.date()));
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
                    .max(Comparator.comparing((Proposal p) -> p.getEvent().getStart(),
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
        }

        private boolean ownedBy(Proposal p, List<String> parties) {
            return p.getEvent().getActors().stream().anyMatch(a -> parties.contains(a.getName()));
        }
    }

    private static String normalized(String terms) {
        return terms == null ? null : terms.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Marks how the round ended where its events say so. */
    @Transactional
    public void summarizeOutcomes() {
        for (NegotiationRound round : rounds.findAll()) {
            List<TimelineEvent> roundEvents = events.findByRoundOrderByStartAscIdAsc(round);
            round.setOutcome(roundEvents.stream().filter(e -> e.getType() == EventType.CEASEFIRE_IN_EFFECT).findFirst()
                    .map(e -> "Ceasefire in effect" + (e.getStart() == null ? "" : " from " + e.getStart().toLocalDate()))
                    .orElseGet(() -> roundEvents.isEmpty() ? null : switch (roundEvents.get(roundEvents.size() - 1).getType()) {
                        case TALKS_SUSPENDED -> "Talks suspended";
                        case RESPONSE -> roundEvents.get(roundEvents.size() - 1).getStance() == Stance.REJECT
                                ? "Last proposal rejected" : null;
                        default -> null;
                    }));
        }
    }
}
