package org.ceasefiretimeline.extract;

public enum ActorRole {
    PARTY,
    MEDIATOR,
    OTHER
}
