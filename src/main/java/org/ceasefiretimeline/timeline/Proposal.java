package org.ceasefiretimeline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ceasefiretimeline.extract.Precision;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A proposal, counter-proposal or demand: its terms and typed dates. Proposed is its event's date;
 * answered is each response's; effective and ended when the text gives them.
 */
@Entity
@Audited
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotAudited
    @OneToOne(optional = false)
    @JoinColumn(name = "event_id")
    private TimelineEvent event;

    private String truce;

    private String stages;

    private String hostages;

    private String prisoners;

    /** The proposal this one counters. */
    @NotAudited
    @ManyToOne
    @JoinColumn(name = "answers_id")
    private Proposal answers;

    @NotAudited
    @Column(name = "effective_at")
    private LocalDateTime effectiveAt;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "effective_precision")
    private Precision effectivePrecision;

    @NotAudited
    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "ended_precision")
    private Precision endedPrecision;

    @NotAudited
    @Column(name = "effective_phrase")
    private String effectivePhrase;

    @NotAudited
    @Column(name = "ended_phrase")
    private String endedPhrase;

    @NotAudited
    @Column(name = "deadline_at")
    private LocalDateTime deadlineAt;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_precision")
    private Precision deadlinePrecision;

    @NotAudited
    @Column(name = "deadline_phrase")
    private String deadlinePhrase;

    @NotAudited
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "proposal_mediator",
            joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> mediators = new LinkedHashSet<>();

    protected Proposal() {}

    public Proposal(
            TimelineEvent event, String truce, String stages, String hostages, String prisoners) {
        this.event = event;
        this.truce = truce;
        this.stages = stages;
        this.hostages = hostages;
        this.prisoners = prisoners;
    }

    public Long getId() {
        return id;
    }

    public TimelineEvent getEvent() {
        return event;
    }

    public String getTruce() {
        return truce;
    }

    public String getStages() {
        return stages;
    }

    public String getHostages() {
        return hostages;
    }

    public String getPrisoners() {
        return prisoners;
    }

    /** Fills in terms this source states and earlier sources did not. */
    public void complete(String truce, String stages, String hostages, String prisoners) {
        this.truce = this.truce != null ? this.truce : truce;
        this.stages = this.stages != null ? this.stages : stages;
        this.hostages = this.hostages != null ? this.hostages : hostages;
        this.prisoners = this.prisoners != null ? this.prisoners : prisoners;
    }

    /** An editor's terms, replacing what was read. */
    public void setTerms(String truce, String stages, String hostages, String prisoners) {
        this.truce = truce;
        this.stages = stages;
        this.hostages = hostages;
        this.prisoners = prisoners;
    }

    public Proposal getAnswers() {
        return answers;
    }

    public void setAnswers(Proposal answers) {
        this.answers = answers;
    }

    /**
     * When the truce would take effect, as a source says: kept from the first source that says it.
     */
    public void takesEffect(LocalDateTime at, Precision precision, String phrase) {
        if (effectiveAt == null) {
            effectiveAt = at;
            effectivePrecision = precision;
            effectivePhrase = phrase;
        }
    }

    /** When the truce would end ("expires Friday", "until Sunday"). */
    public void ends(LocalDateTime at, Precision precision, String phrase) {
        if (endedAt == null) {
            endedAt = at;
            endedPrecision = precision;
            endedPhrase = phrase;
        }
    }

    /** By when an answer or a step is due. */
    public void dueBy(LocalDateTime at, Precision precision, String phrase) {
        if (deadlineAt == null) {
            deadlineAt = at;
            deadlinePrecision = precision;
            deadlinePhrase = phrase;
        }
    }

    public String getEffectivePhrase() {
        return effectivePhrase;
    }

    public String getEndedPhrase() {
        return endedPhrase;
    }

    public LocalDateTime getDeadlineAt() {
        return deadlineAt;
    }

    public Precision getDeadlinePrecision() {
        return deadlinePrecision;
    }

    public String getDeadlinePhrase() {
        return deadlinePhrase;
    }

    public LocalDateTime getEffectiveAt() {
        return effectiveAt;
    }

    public Precision getEffectivePrecision() {
        return effectivePrecision;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public Precision getEndedPrecision() {
        return endedPrecision;
    }

    public Set<Actor> getMediators() {
        return mediators;
    }
}
