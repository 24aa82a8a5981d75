package org.ceasefiretimeline.embed.api;

/** No round has this slug; answered 404 with a problem detail. */
class UnknownRoundException extends RuntimeException {

    private final String slug;

    UnknownRoundException(String slug) {
        super("No round has the slug '" + slug + "': /api/v1/rounds lists them");
        this.slug = slug;
    }

    String slug() {
        return slug;
    }
}
