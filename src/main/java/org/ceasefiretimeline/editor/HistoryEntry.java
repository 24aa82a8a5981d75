package org.ceasefiretimeline.editor;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an event: when, by whom (null for an import), why, and each field's before and
 * after.
 */
public record HistoryEntry(
        int revision, Instant at, String editor, String reason, List<String> changes) {}
