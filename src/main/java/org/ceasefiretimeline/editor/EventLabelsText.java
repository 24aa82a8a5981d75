package org.ceasefiretimeline.editor;

import java.util.Locale;
import org.ceasefiretimeline.timeline.EventTypes;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.TimelineEvent;

/** A proposal named for a pick list: who proposed what, when. */
final class EventLabelsText {

    private EventLabelsText() {}

    static String of(Proposal p) {
        TimelineEvent e = p.getEvent();
        String who = String.join(", ", e.actorNames());
        String what =
                p.getTruce() != null
                        ? p.getTruce()
                        : EventTypes.label(e.getType()).toLowerCase(Locale.ROOT);
        return (who.isEmpty() ? "Unknown" : who)
                + ": "
                + what
                + (e.getStart() == null ? "" : " (" + e.getStart().toLocalDate() + ")");
    }
}
