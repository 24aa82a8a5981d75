package org.ceasefiretimeline.ingest;

public enum BlockKind {
    HEADLINE,
    PARAGRAPH,
    CAPTION
}
