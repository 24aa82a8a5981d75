package org.ceasefiretimeline.extract;

/**
 * An actor named in a sentence, by one of its aliases, at character offsets {@code begin}..{@code
 * end}.
 */
public record ActorMention(String actor, ActorRole role, String alias, int begin, int end) {}
