package org.ceasefiretimeline.editor;

import java.time.LocalDateTime;
import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;

/**
 * What an editor sets on an event. {@code answers} is the proposal a response answers (its event
 * id), or null; {@code roundSlug} the round it belongs to.
 */
public record EventCorrection(
        LocalDateTime start,
        LocalDateTime end,
        Precision precision,
        EventType type,
        Stance stance,
        List<String> actors,
        Long answers,
        String roundSlug) {}
