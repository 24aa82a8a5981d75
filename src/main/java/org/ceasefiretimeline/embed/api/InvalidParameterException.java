package org.ceasefiretimeline.embed.api;

/** A query parameter the API cannot use; answered 400 with a problem detail naming it. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
