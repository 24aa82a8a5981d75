package org.ceasefiretimeline.timeline;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One dated event of a round as readers see it: a proposal, a response, talks held or suspended. It
 * keeps every source that reports it; its date is that of its best-dated source unless an editor
 * set another.
 */
@Entity
@Table(name = "timeline_event")
@Audited
public class TimelineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stable_key", nullable = false, unique = true)
    @NotAudited
    private String stableKey;

    @ManyToOne
    @JoinColumn(name = "round_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private NegotiationRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private EventType type;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    @Column(name = "start_at")
    private LocalDateTime start;

    @Column(name = "end_at")
    private LocalDateTime end;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private Precision precision;

    @Column(name = "date_phrase")
    private String datePhrase;

    /** True when no sentence dates the event and it is placed on its article's publication day. */
    @Column(nullable = false)
    private boolean approximate;

    private String summary;

    @Column(nullable = false)
    private boolean verified;

    /** Set once an editor changed the event: imports then add sources but never change it. */
    @Column(nullable = false)
    private boolean corrected;

    /** The mention its date comes from, so that a corrected publication day can move it. */
    @ManyToOne
    @JoinColumn(name = "date_mention_id")
    @NotAudited
    private StoredDateMention dateMention;

    @Version private long version;

    @ManyToMany(fetch = FetchType.EAGER)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "event_actor",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> actors = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @NotAudited
    // a set: read in one query with the actors (TimelineEventRepository.findForReading), a list had
    // each source
    // once per actor
    private Set<EventSource> sources = new LinkedHashSet<>();

    protected TimelineEvent() {}

    public TimelineEvent(String stableKey, EventType type, Stance stance, String summary) {
        this.stableKey = stableKey;
        this.type = type;
        this.stance = stance;
        this.summary = summary;
    }

    public void date(
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            String phrase,
            boolean approximate) {
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.datePhrase = phrase;
        this.approximate = approximate;
    }

    /** Dates the event by one of its sources' mentions. */
    public void dateBy(StoredDateMention mention) {
        date(
                mention.getStart(),
                mention.getEnd(),
                mention.getPrecision(),
                mention.getPhrase(),
                false);
        this.dateMention = mention;
    }

    /**
     * An editor's change of what the event is; marks it corrected so that imports leave it alone.
     */
    public void correct(
            EventType type,
            Stance stance,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            NegotiationRound round) {
        this.type = type;
        this.stance = stance;
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.approximate = false;
        this.round = round;
        this.corrected = true;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    /**
     * A sentence that states the event twice ("its counter-proposal ... the proposal") is one
     * source.
     */
    public EventSource addSource(
            StoredArticle article, String sentence, int line, StoredDateMention mention) {
        for (EventSource known : sources) {
            if (known.getArticle() == article && known.getSentence().equals(sentence)) {
                return known;
            }
        }
        EventSource source = new EventSource(this, article, sentence, line, mention);
        sources.add(source);
        return source;
    }

    public Long getId() {
        return id;
    }

    public String getStableKey() {
        return stableKey;
    }

    public NegotiationRound getRound() {
        return round;
    }

    public void setRound(NegotiationRound round) {
        this.round = round;
    }

    public EventType getType() {
        return type;
    }

    public Stance getStance() {
        return stance;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public Precision getPrecision() {
        return precision;
    }

    public String getDatePhrase() {
        return datePhrase;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isVerified() {
        return verified;
    }

    public boolean isCorrected() {
        return corrected;
    }

    public StoredDateMention getDateMention() {
        return dateMention;
    }

    public long getVersion() {
        return version;
    }

    public Set<Actor> getActors() {
        return actors;
    }

    /** The event's actors' names in {@link Actor#READING_ORDER}, as every page shows them. */
    public List<String> actorNames() {
        return actors.stream().sorted(Actor.READING_ORDER).map(Actor::getName).toList();
    }

    /** The sources in the order they were added. */
    public List<EventSource> getSources() {
        return List.copyOf(sources);
    }
}
