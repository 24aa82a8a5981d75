package org.ceasefiretimeline.timeline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An editor's merge of one round into another, with their reason: enough of the merged round and of
 * the kept one as they were to undo it (the merged round's name, span, outcome and actors, the
 * events and articles moved, the actors and span the kept round gained).
 */
@Entity
@Table(name = "round_merge")
public class RoundMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** A slug, not a reference: the kept round may itself be merged into another later. */
    @Column(name = "kept_slug", nullable = false)
    private String keptSlug;

    @Column(name = "merged_slug", nullable = false)
    private String mergedSlug;

    @Column(name = "merged_name", nullable = false)
    private String mergedName;

    @Column(name = "merged_name_locked", nullable = false)
    private boolean mergedNameLocked;

    @ManyToOne
    @JoinColumn(name = "merged_counterpart_id")
    private Actor mergedCounterpart;

    @Column(name = "merged_operation")
    private String mergedOperation;

    @Column(name = "merged_start_day")
    private LocalDate mergedStartDay;

    @Column(name = "merged_end_day")
    private LocalDate mergedEndDay;

    @Column(name = "merged_outcome")
    private String mergedOutcome;

    @Column(name = "kept_start_day")
    private LocalDate keptStartDay;

    @Column(name = "kept_end_day")
    private LocalDate keptEndDay;

    @Column(name = "kept_outcome")
    private String keptOutcome;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String editor;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_merge_event", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "event_id")
    private Set<Long> eventIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_merge_article", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "round_merge_merged_actor",
            joinColumns = @JoinColumn(name = "merge_id"))
    private Set<RoundActor> mergedActors = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_merge_added_actor", joinColumns = @JoinColumn(name = "merge_id"))
    private Set<RoundActor> addedActors = new LinkedHashSet<>();

    protected RoundMerge() {}

    /** Notes both rounds as they are before {@code merged} is merged into {@code kept}. */
    public RoundMerge(
            NegotiationRound kept,
            NegotiationRound merged,
            String reason,
            String editor,
            Instant at) {
        this.keptSlug = kept.getSlug();
        this.mergedSlug = merged.getSlug();
        this.mergedName = merged.getName();
        this.mergedNameLocked = merged.isNameLocked();
        this.mergedCounterpart = merged.getCounterpart();
        this.mergedOperation = merged.getOperation();
        this.mergedStartDay = merged.getStartDay();
        this.mergedEndDay = merged.getEndDay();
        this.mergedOutcome = merged.getOutcome();
        this.mergedActors.addAll(merged.getActors());
        this.keptStartDay = kept.getStartDay();
        this.keptEndDay = kept.getEndDay();
        this.keptOutcome = kept.getOutcome();
        for (RoundActor actor : merged.getActors()) {
            if (!kept.getActors().contains(actor)) {
                addedActors.add(actor);
            }
        }
        this.reason = reason;
        this.editor = editor;
        this.mergedAt = at;
    }

    public void movedEvent(TimelineEvent event) {
        eventIds.add(event.getId());
    }

    public void movedArticle(StoredArticle article) {
        articleIds.add(article.getId());
    }

    /** The merged round again, as it was, with no events or articles yet. */
    public NegotiationRound recreateMerged() {
        NegotiationRound round = new NegotiationRound(mergedSlug, mergedName, mergedCounterpart);
        if (mergedNameLocked) {
            round.rename(mergedName);
        }
        round.setOperation(mergedOperation);
        round.cover(mergedStartDay);
        round.cover(mergedEndDay);
        round.setOutcome(mergedOutcome);
        mergedActors.forEach(a -> round.addActor(a.getActor(), a.getRole()));
        return round;
    }

    /**
     * Gives the kept round back its span, outcome and actors from before; what later imports added
     * to it stays.
     */
    public void restoreKept(NegotiationRound kept, Iterable<StoredArticle> remainingArticles) {
        kept.uncover();
        kept.cover(keptStartDay);
        kept.cover(keptEndDay);
        remainingArticles.forEach(a -> kept.cover(a.getPublished()));
        kept.setOutcome(keptOutcome);
        addedActors.forEach(kept::removeActor);
    }

    public void undone(Instant at) {
        this.undoneAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getKeptSlug() {
        return keptSlug;
    }

    public String getMergedSlug() {
        return mergedSlug;
    }

    public String getMergedName() {
        return mergedName;
    }

    public String getMergedOutcome() {
        return mergedOutcome;
    }

    public String getReason() {
        return reason;
    }

    public String getEditor() {
        return editor;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public Set<Long> getEventIds() {
        return Set.copyOf(eventIds);
    }

    public Set<Long> getArticleIds() {
        return Set.copyOf(articleIds);
    }
}
