package org.ceasefiretimeline.importing;

import org.ceasefiretimeline.extract.ActorGazetteer;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ActorRepository;
import org.springframework.stereotype.Component;

/**
 * The one place an actor is looked up by its canonical name, and stored with its gazetteer role
 * when new.
 */
@Component
public class Actors {

    private final ActorRepository actors;

    Actors(ActorRepository actors) {
        this.actors = actors;
    }

    public Actor named(String name) {
        return actors.findByName(name)
                .orElseGet(() -> actors.save(new Actor(name, ActorGazetteer.role(name))));
    }
}
