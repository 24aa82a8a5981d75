package org.ceasefiretimeline.editor;

import java.util.List;
import org.ceasefiretimeline.reader.TimelineViews.EventView;

/**
 * An event as the editor sees it: its reader view, its version (for conflict detection), each
 * source with the phrase's place in its sentence and the reason the machine gave, the proposal a
 * response answers, and the proposals and rounds it could be moved to.
 */
public record EventDetail(
        EventView event,
        long version,
        boolean corrected,
        Long answersEventId,
        List<Source> sources,
        List<Choice> proposals,
        List<Choice> rounds) {

    public record Source(
            long articleId,
            String file,
            String publisher,
            String sentence,
            String phrase,
            int phraseAt,
            String anchor,
            String reason,
            double confidence) {}

    public record Choice(String key, String label) {}
}
