package org.ceasefiretimeline.embed;

import java.util.List;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/** The embed page listing every round, newest first, each linking to its own embed page. */
public record RoundsPage(PageHead head, List<RoundSummary> rounds, List<String> actors) {}
