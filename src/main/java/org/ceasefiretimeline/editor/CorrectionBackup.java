package org.ceasefiretimeline.editor;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ceasefiretimeline.editor.BackedUpCorrection.EventRef;
import org.ceasefiretimeline.editor.BackedUpCorrection.EventState;
import org.ceasefiretimeline.editor.BackedUpCorrection.Kind;
import org.ceasefiretimeline.editor.BackedUpCorrection.Terms;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineViews;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.EventSource;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors' corrections out of one database and into another: every revision an editor made (not an
 * import's), oldest first, and their replay on a database whose articles were imported again, each
 * as a revision with its original editor, reason and time, so that the history reads as before.
 */
@Service
public class CorrectionBackup {

    private final EntityManager entityManager;
    private final TimelineEventRepository events;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;
    private final ArticleRepository articles;
    private final RoundRepository rounds;
    private final CorrectionService corrections;
    private final TransactionTemplate transaction;

    CorrectionBackup(
            EntityManager entityManager,
            TimelineEventRepository events,
            ProposalRepository proposals,
            ResponseRepository responses,
            ArticleRepository articles,
            RoundRepository rounds,
            CorrectionService corrections,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.events = events;
        this.proposals = proposals;
        this.responses = responses;
        this.articles = articles;
        this.rounds = rounds;
        this.corrections = corrections;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What {@link #restore} did: applied, found already applied, and those that did not match. */
    public record Restored(int applied, int alreadyApplied, List<String> unmatched) {}

    public List<BackedUpCorrection> export() {
        return transaction.execute(
                status -> {
                    List<BackedUpCorrection> all = new ArrayList<>();
                    for (Object[] row : editorRevisions(TimelineEvent.class)) {
                        TimelineEvent state = (TimelineEvent) row[0];
                        EditRevision revision = (EditRevision) row[1];
                        events.findById(state.getId())
                                .ifPresent(
                                        current ->
                                                all.add(
                                                        new BackedUpCorrection(
                                                                revision.getId(),
                                                                state.isCorrected()
                                                                        ? Kind.CORRECTION
                                                                        : Kind.VERIFICATION,
                                                                Instant.ofEpochMilli(
                                                                        revision.getTimestamp()),
                                                                revision.getUsername(),
                                                                revision.getReason(),
                                                                ref(current),
                                                                state(state, current),
                                                                null)));
                    }
                    for (Object[] row : editorRevisions(Proposal.class)) {
                        Proposal state = (Proposal) row[0];
                        EditRevision revision = (EditRevision) row[1];
                        proposals
                                .findById(state.getId())
                                .ifPresent(
                                        current ->
                                                all.add(
                                                        new BackedUpCorrection(
                                                                revision.getId(),
                                                                Kind.TERMS,
                                                                Instant.ofEpochMilli(
                                                                        revision.getTimestamp()),
                                                                revision.getUsername(),
                                                                revision.getReason(),
                                                                ref(current.getEvent()),
                                                                null,
                                                                new Terms(
                                                                        state.getTruce(),
                                                                        state.getStages(),
                                                                        state.getHostages(),
                                                                        state.getPrisoners()))));
                    }
                    all.sort(
                            Comparator.comparingInt(BackedUpCorrection::revision)
                                    .thenComparing(BackedUpCorrection::kind));
                    return all;
                });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> editorRevisions(Class<?> entity) {
        return AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.revisionProperty("username").isNotNull())
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    private EventState state(TimelineEvent state, TimelineEvent current) {
        EventRef answers =
                responses
                        .findByEvent(current)
                        .map(Response::getProposal)
                        .map(p -> ref(p.getEvent()))
                        .orElse(null);
        return new EventState(
                state.getType(),
                state.getStance(),
                state.getStart(),
                state.getEnd(),
                state.getPrecision(),
                state.actorNames(),
                state.getRound() == null ? null : state.getRound().getSlug(),
                answers);
    }

    private static EventRef ref(TimelineEvent event) {
        EventSource source = event.getSources().isEmpty() ? null : event.getSources().get(0);
        return new EventRef(
                event.getStableKey(),
                source == null ? null : source.getArticle().getFileName(),
                source == null ? null : source.getArticle().getContentHash(),
                source == null ? null : source.getSentence());
    }

    /**
     * Replays the corrections in their order; one that no longer matches is reported, not applied.
     */
    public Restored restore(List<BackedUpCorrection> backup) {
        int applied = 0;
        int already = 0;
        List<String> unmatched = new ArrayList<>();
        for (BackedUpCorrection c : backup) {
            String problem;
            try {
                problem = EditContext.at(c.at(), () -> apply(c));
            } catch (IllegalArgumentException | EditConflictException e) {
                problem = e.getMessage();
            }
            if (problem == null) {
                applied++;
            } else if (problem.equals(ALREADY)) {
                already++;
            } else {
                unmatched.add(describe(c) + ": " + problem);
            }
        }
        return new Restored(applied, already, unmatched);
    }

    private static final String ALREADY = "already applied";

    /**
     * @return null when applied, else why not
     */
    private String apply(BackedUpCorrection c) {
        Optional<TimelineEvent> found = transaction.execute(status -> find(c.event()));
        if (found.isEmpty()) {
            return "no event with its key or its source sentence";
        }
        TimelineEvent event = found.get();
        switch (c.kind()) {
            case CORRECTION -> {
                EventState s = c.state();
                if (s.round() != null && rounds.findBySlug(s.round()).isEmpty()) {
                    return "no round " + s.round();
                }
                Long answers = null;
                if (s.answers() != null) {
                    Optional<TimelineEvent> proposal =
                            transaction.execute(status -> find(s.answers()));
                    if (proposal.isEmpty()) {
                        return "the proposal it answers is gone";
                    }
                    answers = proposal.get().getId();
                }
                if (event.isCorrected() && sameAs(event, s)) {
                    return ALREADY;
                }
                corrections.correct(
                        event.getId(),
                        event.getVersion(),
                        new EventCorrection(
                                s.start(),
                                s.end(),
                                s.precision(),
                                s.type(),
                                s.stance(),
                                s.actors(),
                                s.type() == EventType.RESPONSE ? answers : null,
                                s.round()),
                        c.reason(),
                        c.editor());
            }
            case VERIFICATION -> {
                if (corrections.verify(List.of(event.getId()), c.editor()) == 0) {
                    return ALREADY;
                }
            }
            case TERMS -> {
                Terms t = c.terms();
                Optional<Proposal> proposal =
                        transaction.execute(status -> proposals.findByEvent(event));
                if (proposal.isEmpty()) {
                    return "the event is no longer a proposal";
                }
                Proposal p = proposal.get();
                if (Objects.equals(p.getTruce(), t.truce())
                        && Objects.equals(p.getStages(), t.stages())
                        && Objects.equals(p.getHostages(), t.hostages())
                        && Objects.equals(p.getPrisoners(), t.prisoners())) {
                    return ALREADY;
                }
                corrections.editTerms(
                        event.getId(),
                        new TimelineViews.TermsView(
                                t.truce(), t.stages(), t.hostages(), t.prisoners()),
                        c.reason(),
                        c.editor());
            }
        }
        return null;
    }

    /** By its key; else the one event that has its source sentence in the same article. */
    private Optional<TimelineEvent> find(EventRef ref) {
        Optional<TimelineEvent> byKey = events.findByStableKey(ref.key());
        if (byKey.isPresent() || ref.articleHash() == null) {
            return byKey;
        }
        List<TimelineEvent> bySource =
                articles.findByContentHash(ref.articleHash()).stream()
                        .flatMap(a -> events.findBySourceArticle(a).stream())
                        .filter(
                                e ->
                                        e.getSources().stream()
                                                .anyMatch(
                                                        s ->
                                                                s.getSentence()
                                                                        .equals(ref.sentence())))
                        .toList();
        return bySource.size() == 1 ? Optional.of(bySource.get(0)) : Optional.empty();
    }

    private static boolean sameAs(TimelineEvent event, EventState s) {
        return event.getType() == s.type()
                && event.getStance() == s.stance()
                && Objects.equals(event.getStart(), s.start())
                && Objects.equals(event.getEnd(), s.end())
                && event.getPrecision() == s.precision()
                && event.actorNames().equals(s.actors())
                && Objects.equals(
                        event.getRound() == null ? null : event.getRound().getSlug(), s.round());
    }

    private static String describe(BackedUpCorrection c) {
        return "revision "
                + c.revision()
                + " ("
                + c.kind().name().toLowerCase(Locale.ROOT)
                + " by "
                + c.editor()
                + " at "
                + c.at()
                + ", \""
                + c.reason()
                + "\") of the event from "
                + c.event().articleFile()
                + ": \""
                + c.event().sentence()
                + "\"";
    }
}
