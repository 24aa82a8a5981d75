package org.ceasefiretimeline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Comparator;
import org.ceasefiretimeline.extract.ActorRole;

/** A government, group or body that takes part in negotiations, under its canonical name. */
@Entity
public class Actor {

    /**
     * The order names are shown in everywhere: parties, then mediators, then the others, each by
     * name.
     */
    public static final Comparator<Actor> READING_ORDER =
            Comparator.comparing(Actor::getDefaultRole).thenComparing(Actor::getName);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_role", nullable = false)
    private ActorRole defaultRole;

    protected Actor() {}

    public Actor(String name, ActorRole defaultRole) {
        this.name = name;
        this.defaultRole = defaultRole;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ActorRole getDefaultRole() {
        return defaultRole;
    }

    @Override
    public String toString() {
        return name;
    }
}
