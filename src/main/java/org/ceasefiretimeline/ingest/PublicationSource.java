package org.ceasefiretimeline.ingest;

/** Where an article's publication day came from. */
public enum PublicationSource {
    MANIFEST,
    INFERRED,
    UNKNOWN,
    /** set by an editor in the app */
    EDITOR
}
