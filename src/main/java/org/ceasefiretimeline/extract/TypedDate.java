package org.ceasefiretimeline.extract;

/** A date a negotiation event's sentence gives to something other than the event itself. */
public record TypedDate(DateRole role, DateMention mention) {

    /** What a date of a proposal's sentence is the date of. */
    public enum DateRole {
        /** when the truce or deal would begin: "starting at midnight Thursday" */
        TAKES_EFFECT,
        /** when it would end: "expires Friday", "until Sunday" */
        EXPIRES,
        /** by when an answer or step is due: "a deadline of Saturday" */
        DEADLINE
    }
}
