package org.ceasefiretimeline.ingest;

public enum BlockKind {
    HEADLINE,
    PARAGRAPH,
    CAPTION,
    /** a line that dates the article: "Published On 11 Feb 2025" */
    DATELINE
}
