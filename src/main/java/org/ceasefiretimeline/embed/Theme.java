package org.ceasefiretimeline.embed;

import java.util.Locale;

/** The embed's colours: {@code ?theme=light} (the default) or {@code ?theme=dark}. */
public enum Theme {
    LIGHT,
    DARK;

    static Theme of(String value) {
        if (value == null || value.isBlank()) {
            return LIGHT;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadEmbedQueryException("theme must be light or dark, not " + value);
        }
    }

    /** The value in a query string and in the page's {@code data-theme}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
