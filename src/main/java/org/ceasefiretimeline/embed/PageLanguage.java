package org.ceasefiretimeline.embed;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ?lang=}: the host page's language. It sets the text direction (Arabic, Hebrew, Persian and
 * Urdu read right to left) and the labels' language where we have them; the articles' words stay
 * English and are marked so.
 */
public record PageLanguage(Locale requested) {

    static final PageLanguage ENGLISH = new PageLanguage(Locale.ENGLISH);

    private static final Set<String> RIGHT_TO_LEFT =
            Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

    /** Languages of our labels (messages*.properties); English for any other. */
    private static final Set<String> LABELLED = Set.of("en", "ar", "he");

    static PageLanguage of(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new BadEmbedQueryException("lang needs a language, like ar or en-GB");
            }
            // only the language matters to the page: lang=ar-EG and lang=ar share one cached copy
            return new PageLanguage(Locale.forLanguageTag(locale.getLanguage()));
        } catch (IllformedLocaleException e) {
            throw new BadEmbedQueryException("lang is not a language tag: " + tag);
        }
    }

    /** The language the page's labels are in. */
    public Locale labels() {
        return LABELLED.contains(requested.getLanguage()) ? requested : Locale.ENGLISH;
    }

    public String dir() {
        return RIGHT_TO_LEFT.contains(requested.getLanguage()) ? "rtl" : "ltr";
    }

    /** For the query string: null when English, the default. */
    public String param() {
        return this.equals(ENGLISH) ? null : requested.toLanguageTag();
    }
}
