package org.ceasefiretimeline.reader;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.TypedDate;
import org.ceasefiretimeline.reader.TimelineViews.EventFilter;
import org.ceasefiretimeline.reader.TimelineViews.EventKey;
import org.ceasefiretimeline.reader.TimelineViews.EventQuery;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.ProposalDate;
import org.ceasefiretimeline.reader.TimelineViews.ProposalThread;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;
import org.ceasefiretimeline.reader.TimelineViews.TermsView;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ActorRepository;
import org.ceasefiretimeline.timeline.EventTypes;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.Response;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.RoundSlugs;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's queries: rounds, a round's events and proposal threads, and all events page by page.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    /** Where undated events sort: after every dated one. */
    private static final LocalDateTime UNDATED = LocalDateTime.of(9999, 12, 31, 0, 0);

    private final RoundRepository rounds;
    private final TimelineEventRepository events;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;
    private final ActorRepository actors;
    private final EntityManager entityManager;
    private final RoundSlugs slugs;

    TimelineService(
            RoundRepository rounds,
            TimelineEventRepository events,
            ProposalRepository proposals,
            ResponseRepository responses,
            ActorRepository actors,
            EntityManager entityManager,
            RoundSlugs slugs) {
        this.actors = actors;
        this.entityManager = entityManager;
        this.slugs = slugs;
        this.rounds = rounds;
        this.events = events;
        this.proposals = proposals;
        this.responses = responses;
    }

    public List<String> actorNames() {
        return actors.findAll().stream().map(Actor::getName).sorted().toList();
    }

    /** Rounds, newest first. */
    public List<RoundSummary> rounds() {
        return rounds.findAllByOrderByStartDayDesc().stream().map(this::summary).toList();
    }

    /** One round's summary by its own slug: a lookup and two counts, not {@link #rounds}. */
    public Optional<RoundSummary> roundSummary(String slug) {
        return rounds.findBySlug(slug).map(this::summary);
    }

    public boolean roundExists(String slug) {
        return rounds.findBySlug(slug).isPresent();
    }

    /** See {@link RoundSlugs#currentSlug}: a merged round's slug leads to the kept round's. */
    public Optional<String> currentSlug(String slug) {
        return slugs.currentSlug(slug);
    }

    public Optional<RoundDetail> round(String slug) {
        return rounds.findBySlug(slug)
                .map(
                        round -> {
                            Map<Long, Proposal> byEvent =
                                    proposals.findByEventRound(round).stream()
                                            .collect(
                                                    Collectors.toMap(
                                                            p -> p.getEvent().getId(),
                                                            Function.identity()));
                            List<TimelineEvent> roundEvents =
                                    events.findByRoundOrderByStartAscIdAsc(round);
                            Map<Long, String> reasons = correctionReasons(roundEvents);
                            List<EventView> views =
                                    roundEvents.stream()
                                            .map(
                                                    e ->
                                                            view(
                                                                    e,
                                                                    byEvent.get(e.getId()),
                                                                    null,
                                                                    reasons))
                                            .toList();
                            List<ProposalThread> threads =
                                    views.stream()
                                            .filter(v -> EventTypes.isProposal(v.type()))
                                            .map(
                                                    p ->
                                                            new ProposalThread(
                                                                    p,
                                                                    views.stream()
                                                                            .filter(
                                                                                    r ->
                                                                                            r.type()
                                                                                                            == EventType
                                                                                                                    .RESPONSE
                                                                                                    && p.proposalId()
                                                                                                            .equals(
                                                                                                                    r
                                                                                                                            .proposalId()))
                                                                            .toList()))
                                            .toList();
                            return new RoundDetail(summary(round), views, threads);
                        });
    }

    /**
     * All events across rounds, newest first, one slice at a time, filtered in the database: the
     * slice's ids (no count), then {@link #views}.
     */
    public List<EventView> events(EventFilter filter, int offset, int limit) {
        Sort newestFirst = Sort.by(Sort.Order.desc("start"), Sort.Order.desc("id"));
        List<Long> ids =
                events.findBy(
                                EventSpecifications.matching(filter),
                                q ->
                                        q.project("id")
                                                .sortBy(newestFirst)
                                                .slice(new OffsetLimit(offset, limit, newestFirst)))
                        .map(TimelineEvent::getId)
                        .getContent();
        return views(ids);
    }

    /**
     * Events in chronological order (undated ones last, then by id), those after {@code after}
     * (null: from the first), at most {@code limit}: a keyset page, so that paging through shows
     * every event once however deep it goes.
     */
    public List<EventView> eventsInOrder(EventQuery query, EventKey after, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<TimelineEvent> event = select.from(TimelineEvent.class);
        Expression<LocalDateTime> start = cb.coalesce(event.get("start"), UNDATED);
        var where = EventSpecifications.matching(query).toPredicate(event, select, cb);
        if (after != null) {
            LocalDateTime afterStart = after.start() == null ? UNDATED : after.start();
            where =
                    cb.and(
                            where,
                            cb.or(
                                    cb.greaterThan(start, afterStart),
                                    cb.and(
                                            cb.equal(start, afterStart),
                                            cb.greaterThan(event.get("id"), after.id()))));
        }
        select.select(event.get("id")).where(where).orderBy(cb.asc(start), cb.asc(event.get("id")));
        return views(entityManager.createQuery(select).setMaxResults(limit).getResultList());
    }

    /**
     * The events with these ids, in this order. A handful of queries whatever their number: the
     * events with actors and sources, their proposals and the proposals their responses answer,
     * each in one query.
     */
    private List<EventView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // the few actors first, whole: a round loaded in the middle of the next queries (an
        // article's) hashes its
        // RoundActors by actor name, which an actor only half read by the same query does not have
        // yet
        actors.findAll();
        Map<Long, TimelineEvent> byId =
                events.findForReading(ids).stream()
                        .collect(
                                Collectors.toMap(
                                        TimelineEvent::getId, Function.identity(), (a, b) -> a));
        Map<Long, Proposal> ownProposals =
                events.findProposalsOf(ids).stream()
                        .collect(Collectors.toMap(p -> p.getEvent().getId(), Function.identity()));
        Map<Long, Long> answered = new HashMap<>();
        events.findAnsweredProposalIds(ids)
                .forEach(row -> answered.put((Long) row[0], (Long) row[1]));
        Map<Long, String> reasons = correctionReasons(byId.values());
        return ids.stream()
                .map(byId::get)
                .map(e -> view(e, ownProposals.get(e.getId()), answered, reasons))
                .toList();
    }

    public long countEvents(EventFilter filter) {
        return events.count(EventSpecifications.matching(filter));
    }

    /** One event as readers see it. */
    public Optional<EventView> event(long eventId) {
        return events.findById(eventId)
                .map(e -> view(e, null, null, correctionReasons(List.of(e))));
    }

    /** By corrected event id, the reason its editor gave for the latest correction. */
    private Map<Long, String> correctionReasons(Collection<TimelineEvent> shown) {
        List<Long> corrected =
                shown.stream()
                        .filter(TimelineEvent::isCorrected)
                        .map(TimelineEvent::getId)
                        .toList();
        Map<Long, String> reasons = new HashMap<>();
        if (!corrected.isEmpty()) {
            // newest first: the first reason met for an event is its latest
            events.findCorrectionReasons(corrected)
                    .forEach(
                            row ->
                                    reasons.putIfAbsent(
                                            ((Number) row[0]).longValue(), (String) row[1]));
        }
        return reasons;
    }

    private RoundSummary summary(NegotiationRound round) {
        return new RoundSummary(
                round.getSlug(),
                round.getName(),
                round.getStartDay(),
                round.getEndDay(),
                names(round.actors(ActorRole.PARTY)),
                names(round.actors(ActorRole.MEDIATOR)),
                events.countByRoundAndTypeIn(round, EventTypes.PROPOSALS),
                events.countByRound(round),
                round.getOutcome());
    }

    /**
     * @param answered by response event id, the proposal it answers, when already read for a list
     *     of events
     */
    private EventView view(
            TimelineEvent e,
            Proposal ownProposal,
            Map<Long, Long> answered,
            Map<Long, String> correctionReasons) {
        Proposal proposal = ownProposal;
        if (proposal == null && EventTypes.isProposal(e.getType())) {
            proposal = proposals.findByEvent(e).orElse(null);
        }
        Long proposalId = null;
        Long answers = null;
        TermsView terms = null;
        if (proposal != null) {
            proposalId = proposal.getId();
            answers = proposal.getAnswers() == null ? null : proposal.getAnswers().getId();
            terms =
                    new TermsView(
                            proposal.getTruce(),
                            proposal.getStages(),
                            proposal.getHostages(),
                            proposal.getPrisoners(),
                            proposalDates(proposal));
        } else if (e.getType() == EventType.RESPONSE
                && answered != null
                && answered.containsKey(e.getId())) {
            proposalId = answered.get(e.getId());
        } else if (e.getType() == EventType.RESPONSE) {
            proposalId =
                    responses
                            .findByEvent(e)
                            .map(Response::getProposal)
                            .map(Proposal::getId)
                            .orElse(null);
        }
        List<SourceView> sources =
                e.getSources().stream()
                        .map(
                                s ->
                                        new SourceView(
                                                s.getArticle().getFileName(),
                                                s.getArticle().getTitle(),
                                                s.getArticle().getPublisher(),
                                                s.getArticle().getUrl(),
                                                s.getArticle().getPublished(),
                                                s.getSentence(),
                                                s.getLine(),
                                                s.getDateMention() == null
                                                        ? null
                                                        : s.getDateMention().getPhrase(),
                                                s.getDateMention() == null
                                                        ? null
                                                        : s.getDateMention().getReason(),
                                                ZoneId.of(s.getArticle().getTimezone())))
                        .toList();
        return new EventView(
                e.getId(),
                e.getRound() == null ? null : e.getRound().getSlug(),
                e.getType(),
                e.getStance(),
                e.getStart(),
                e.getEnd(),
                e.getPrecision(),
                e.getDatePhrase(),
                e.isApproximate(),
                e.actorNames(),
                e.getSummary(),
                sources,
                proposalId,
                answers,
                terms,
                e.isVerified(),
                e.isCorrected(),
                scheduled(e),
                correctionReasons.get(e.getId()));
    }

    /** Dated after the day of every article that reports it: still to come when reported. */
    private static boolean scheduled(TimelineEvent e) {
        if (e.getStart() == null || e.isApproximate()) {
            return false;
        }
        return e.getSources().stream()
                .map(s -> s.getArticle().getPublished())
                .allMatch(p -> p != null && e.getStart().toLocalDate().isAfter(p));
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::getName).toList();
    }

    private static List<ProposalDate> proposalDates(Proposal p) {
        List<ProposalDate> dates = new ArrayList<>();
        if (p.getEffectiveAt() != null) {
            dates.add(
                    new ProposalDate(
                            TypedDate.DateRole.TAKES_EFFECT,
                            p.getEffectiveAt(),
                            p.getEffectivePrecision(),
                            p.getEffectivePhrase()));
        }
        if (p.getEndedAt() != null) {
            dates.add(
                    new ProposalDate(
                            TypedDate.DateRole.EXPIRES,
                            p.getEndedAt(),
                            p.getEndedPrecision(),
                            p.getEndedPhrase()));
        }
        if (p.getDeadlineAt() != null) {
            dates.add(
                    new ProposalDate(
                            TypedDate.DateRole.DEADLINE,
                            p.getDeadlineAt(),
                            p.getDeadlinePrecision(),
                            p.getDeadlinePhrase()));
        }
        return dates;
    }
}
