package org.ceasefiretimeline.editor;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.ceasefiretimeline.base.AppDates;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.importing.Actors;
import org.ceasefiretimeline.importing.ImportService;
import org.ceasefiretimeline.reader.TimelineViews;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.EventTypes;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.Response;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' corrections. Each change needs a reason and is kept as an Envers revision with its
 * editor; a change made on an outdated copy of an event is refused with what the other editor set;
 * a corrected event is never changed by a later import.
 */
@Service
public class CorrectionService {

    private final TimelineEventRepository events;
    private final RoundRepository rounds;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;
    private final ArticleRepository articles;
    private final EntityManager entityManager;
    private final Actors actors;
    private final ImportService imports;

    /**
     * Envers writes the revision, with its editor and reason, when the transaction commits: inside
     * the edit.
     */
    private final TransactionTemplate transaction;

    CorrectionService(
            TimelineEventRepository events,
            RoundRepository rounds,
            ProposalRepository proposals,
            ResponseRepository responses,
            ArticleRepository articles,
            EntityManager entityManager,
            Actors actors,
            ImportService imports,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.rounds = rounds;
        this.proposals = proposals;
        this.responses = responses;
        this.articles = articles;
        this.entityManager = entityManager;
        this.actors = actors;
        this.imports = imports;
    }

    /**
     * @param expectedVersion the version the editor saw; a different one means someone saved in
     *     between
     */
    public void correct(
            long eventId, long expectedVersion, EventCorrection c, String reason, String editor) {
        String why = requireReason(reason);
        edit(
                editor,
                why,
                () -> {
                    TimelineEvent event =
                            events.findById(eventId)
                                    .orElseThrow(
                                            () ->
                                                    new IllegalArgumentException(
                                                            "No event " + eventId));
                    if (event.getVersion() != expectedVersion) {
                        throw conflict(event);
                    }
                    NegotiationRound round =
                            c.roundSlug() == null
                                    ? event.getRound()
                                    : rounds.findBySlug(c.roundSlug())
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    "No round " + c.roundSlug()));
                    event.correct(
                            c.type(),
                            c.type() == EventType.RESPONSE ? c.stance() : null,
                            c.start(),
                            c.end(),
                            c.precision(),
                            round);
                    event.getActors().clear();
                    c.actors().forEach(name -> event.getActors().add(actors.named(name)));
                    if (c.type() == EventType.RESPONSE) {
                        Proposal answered =
                                c.answers() == null
                                        ? null
                                        : proposals
                                                .findByEvent(
                                                        events.findById(c.answers()).orElseThrow())
                                                .orElse(null);
                        Response response =
                                responses
                                        .findByEvent(event)
                                        .orElseGet(
                                                () ->
                                                        responses.save(
                                                                new Response(
                                                                        event,
                                                                        answered,
                                                                        actors.named(
                                                                                c.actors().isEmpty()
                                                                                        ? "Unknown"
                                                                                        : c.actors()
                                                                                                .get(
                                                                                                        0)))));
                        response.setProposal(answered);
                    }
                    events.saveAndFlush(event);
                    return null;
                });
    }

    /** Sets a proposal's terms; blank fields clear a term. */
    public void editTerms(
            long proposalEventId, TimelineViews.TermsView terms, String reason, String editor) {
        edit(
                editor,
                requireReason(reason),
                () -> {
                    TimelineEvent event = events.findById(proposalEventId).orElseThrow();
                    Proposal proposal =
                            proposals
                                    .findByEvent(event)
                                    .orElseThrow(
                                            () ->
                                                    new IllegalArgumentException(
                                                            "Event "
                                                                    + proposalEventId
                                                                    + " is not a proposal"));
                    proposal.setTerms(
                            blankToNull(terms.truce()),
                            blankToNull(terms.stages()),
                            blankToNull(terms.hostages()),
                            blankToNull(terms.prisoners()));
                    return null;
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public int verify(List<Long> eventIds, String editor) {
        return edit(
                editor,
                "verified",
                () -> {
                    int count = 0;
                    for (TimelineEvent event : events.findAllById(eventIds)) {
                        if (!event.isVerified()) {
                            event.setVerified(true);
                            count++;
                        }
                    }
                    return count;
                });
    }

    /** Every revision of the event, oldest first, with what changed. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long eventId) {
        var reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                reader.createQuery()
                        .forRevisionsOfEntity(TimelineEvent.class, false, true)
                        .add(AuditEntity.id().eq(eventId))
                        .addOrder(AuditEntity.revisionNumber().asc())
                        .getResultList();
        List<HistoryEntry> history = new ArrayList<>();
        TimelineEvent before = null;
        for (Object[] row : rows) {
            TimelineEvent state = (TimelineEvent) row[0];
            EditRevision revision = (EditRevision) row[1];
            history.add(
                    new HistoryEntry(
                            revision.getId(),
                            Instant.ofEpochMilli(revision.getTimestamp()),
                            revision.getUsername(),
                            revision.getReason(),
                            changes(before, state)));
            before = state;
        }
        return history;
    }

    /** Puts the event back as it was at {@code revision}, as a new revision with its own reason. */
    public void revert(long eventId, int revision, String reason, String editor) {
        record Target(long version, EventCorrection correction) {}
        Target target =
                transaction.execute(
                        status -> {
                            TimelineEvent old =
                                    AuditReaderFactory.get(entityManager)
                                            .find(TimelineEvent.class, eventId, revision);
                            if (old == null) {
                                throw new IllegalArgumentException(
                                        "Event " + eventId + " has no revision " + revision);
                            }
                            TimelineEvent current = events.findById(eventId).orElseThrow();
                            return new Target(
                                    current.getVersion(),
                                    new EventCorrection(
                                            old.getStart(),
                                            old.getEnd(),
                                            old.getPrecision(),
                                            old.getType(),
                                            old.getStance(),
                                            old.actorNames(),
                                            responses
                                                    .findByEvent(current)
                                                    .map(Response::getProposal)
                                                    .map(p -> p.getEvent().getId())
                                                    .orElse(null),
                                            old.getRound() == null
                                                    ? null
                                                    : old.getRound().getSlug()));
                        });
        correct(
                eventId,
                target.version(),
                target.correction(),
                requireReason(reason) + " (revert to revision " + revision + ")",
                editor);
    }

    /**
     * Sets an article's publication day and reads the article again with it: its dates re-resolved,
     * its events re-dated and, if it had no round, placed in one; events an editor has corrected
     * keep their dates.
     *
     * @return how many events moved or were placed in a round
     */
    public int correctPublicationDay(long articleId, LocalDate day, String reason, String editor) {
        String why = requireReason(reason);
        return edit(
                editor,
                why,
                () ->
                        imports.redate(
                                articles.findById(articleId)
                                        .orElseThrow(
                                                () ->
                                                        new IllegalArgumentException(
                                                                "No article " + articleId)),
                                day));
    }

    private <T> T edit(String editor, String reason, Supplier<T> work) {
        return EditContext.as(editor, reason, () -> transaction.execute(status -> work.get()));
    }

    private EditConflictException conflict(TimelineEvent current) {
        List<HistoryEntry> history = history(current.getId());
        HistoryEntry last = history.isEmpty() ? null : history.get(history.size() - 1);
        String who = last == null || last.editor() == null ? "an import" : last.editor();
        String what = last == null ? "" : String.join("; ", last.changes());
        return new EditConflictException(
                "Not saved: "
                        + who
                        + " changed this event"
                        + (last == null ? "" : " on " + AppDates.moment(last.at()))
                        + (what.isEmpty() ? "" : " (" + what + ")")
                        + (last == null || last.reason() == null
                                ? ""
                                : ", because: " + last.reason())
                        + ". Reload it to see their version, then apply your change again.");
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a short reason for the change");
        }
        return reason.strip();
    }

    private static List<String> changes(TimelineEvent before, TimelineEvent after) {
        List<String> changes = new ArrayList<>();
        if (before == null) {
            changes.add(
                    "created: "
                            + EventTypes.label(after.getType(), after.getStance())
                            + (after.getStart() == null
                                    ? ""
                                    : " on " + AppDates.dateTime(after.getStart())));
            return changes;
        }
        diff(changes, "date", before.getStart(), after.getStart());
        diff(changes, "end", before.getEnd(), after.getEnd());
        diff(changes, "precision", before.getPrecision(), after.getPrecision());
        diff(changes, "type", before.getType(), after.getType());
        diff(changes, "stance", before.getStance(), after.getStance());
        diff(
                changes,
                "round",
                before.getRound() == null ? null : before.getRound().getSlug(),
                after.getRound() == null ? null : after.getRound().getSlug());
        diff(changes, "actors", names(before), names(after));
        diff(changes, "verified", before.isVerified(), after.isVerified());
        return changes;
    }

    private static String names(TimelineEvent event) {
        return String.join(", ", event.actorNames());
    }

    private static void diff(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + readable(before) + " → " + readable(after));
        }
    }

    /** Dates as every page writes them ("Thu 9 May 2024"), not as ISO strings. */
    private static Object readable(Object value) {
        return value instanceof LocalDateTime at ? AppDates.dateTime(at) : value;
    }
}
