package org.ceasefiretimeline.ingest;

/** Where an article's publication day came from. */
public enum PublicationSource {
    MANIFEST,
    INFERRED,
    UNKNOWN
}
