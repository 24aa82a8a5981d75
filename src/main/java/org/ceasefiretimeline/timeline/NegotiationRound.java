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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.extract.ActorRole;

/**
 * A round of talks: one conflict's parties negotiating over a stretch of days, with its mediators.
 */
@Entity
@Table(name = "negotiation_round")
public class NegotiationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    /** The party facing Israel: Hamas, Palestinian Islamic Jihad. */
    @ManyToOne
    @JoinColumn(name = "counterpart_id")
    private Actor counterpart;

    private String operation;

    @Column(name = "start_day")
    private LocalDate startDay;

    @Column(name = "end_day")
    private LocalDate endDay;

    private String outcome;

    /** Set when an editor named the round: imports then keep the name. */
    @Column(name = "name_locked", nullable = false)
    private boolean nameLocked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_actor", joinColumns = @JoinColumn(name = "round_id"))
    private Set<RoundActor> actors = new LinkedHashSet<>();

    protected NegotiationRound() {}

    public NegotiationRound(String slug, String name, Actor counterpart) {
        this.slug = slug;
        this.name = name;
        this.counterpart = counterpart;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    /** A name derived from the round's facts; ignored once an editor has named the round. */
    public void deriveName(String name) {
        if (!nameLocked) {
            this.name = name;
        }
    }

    public void rename(String name) {
        this.name = name;
        this.nameLocked = true;
    }

    public void uncover() {
        startDay = null;
        endDay = null;
    }

    public Actor getCounterpart() {
        return counterpart;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public LocalDate getStartDay() {
        return startDay;
    }

    public LocalDate getEndDay() {
        return endDay;
    }

    /** Widens the round's span to take in {@code day}. */
    public void cover(LocalDate day) {
        if (day == null) {
            return;
        }
        startDay = startDay == null || day.isBefore(startDay) ? day : startDay;
        endDay = endDay == null || day.isAfter(endDay) ? day : endDay;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public void addActor(Actor actor, ActorRole role) {
        actors.add(new RoundActor(actor, role));
    }

    public void removeActor(RoundActor actor) {
        actors.remove(actor);
    }

    /** Every actor of the round with its role. */
    public Set<RoundActor> getActors() {
        return Set.copyOf(actors);
    }

    public boolean isNameLocked() {
        return nameLocked;
    }

    /** The round's actors in this role, in {@link Actor#READING_ORDER}. */
    public List<Actor> actors(ActorRole role) {
        return actors.stream()
                .filter(a -> a.getRole() == role)
                .map(RoundActor::getActor)
                .sorted(Actor.READING_ORDER)
                .toList();
    }
}
