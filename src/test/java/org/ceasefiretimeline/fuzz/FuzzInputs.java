package org.ceasefiretimeline.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ArticleReader;
import org.ceasefiretimeline.ingest.ManifestEntry;

/**
 * How the fuzz tests turn raw fuzzer bytes into their inputs, so that a seed file is easy to write
 * by hand: for the extraction tests, the first three bytes choose the publication day and the rest
 * is the article's text in UTF-8.
 */
final class FuzzInputs {

    /**
     * How long one fuzz test runs with JAZZER_FUZZ set (README.md, "Fuzzing"). Jazzer takes the
     * duration from the annotation only, so a shorter run changes this constant locally.
     */
    static final String MAX_DURATION = "10m";

    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final long DAYS = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;

    private FuzzInputs() {}

    /**
     * A publication day from 1900-01-01 to 2100-12-31 from the first three bytes (big-endian,
     * modulo).
     */
    static LocalDate publicationDay(byte[] data) {
        long value = 0;
        for (int i = 0; i < 3; i++) {
            value = (value << 8) | (i < data.length ? data[i] & 0xFF : 0);
        }
        return FIRST_DAY.plusDays(value % DAYS);
    }

    /** The bytes after the first three, as UTF-8 (malformed sequences become U+FFFD). */
    static String text(byte[] data) {
        return data.length <= 3
                ? ""
                : new String(Arrays.copyOfRange(data, 3, data.length), StandardCharsets.UTF_8);
    }

    /**
     * An article as the import reads it, published on the given day according to its manifest
     * entry.
     */
    static Article article(String text, LocalDate published) {
        ManifestEntry meta =
                new ManifestEntry(
                        "fuzz.txt",
                        published,
                        "Fuzz Desk",
                        null,
                        null,
                        ZoneId.of("Asia/Jerusalem"));
        return new ArticleReader().read("fuzz.txt", "Ceasefire talks go on\n\n" + text, meta);
    }
}
