package org.ceasefiretimeline.embed;

/** A query parameter the embed cannot read: the answer is 400 with this message. */
class BadEmbedQueryException extends IllegalArgumentException {

    BadEmbedQueryException(String message) {
        super(message);
    }
}
