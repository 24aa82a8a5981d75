package org.ceasefiretimeline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.ceasefiretimeline.extract.ActorRole;

/** An actor's role in one round: a party, a mediator or another voice. */
@Embeddable
public class RoundActor {

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorRole role;

    protected RoundActor() {}

    public RoundActor(Actor actor, ActorRole role) {
        this.actor = actor;
        this.role = role;
    }

    public Actor getActor() {
        return actor;
    }

    public ActorRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundActor other
                && other.actor.getName().equals(actor.getName())
                && other.role == role;
    }

    @Override
    public int hashCode() {
        return actor.getName().hashCode() * 31 + role.hashCode();
    }
}
