package org.ceasefiretimeline.ingest;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a folder's manifest.json says about one article; every field but {@code file} may be null.
 */
public record ManifestEntry(
        String file,
        LocalDate published,
        String publisher,
        String url,
        String title,
        ZoneId timezone) {}
