package org.ceasefiretimeline.embed;

import java.time.LocalDate;
import java.util.List;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.ProposalThread;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/**
 * An embed page of one round, filtered: its proposals with their answers, then its events by day.
 *
 * @param actors every actor of the round, for the filter's choices
 */
public record RoundPage(
        PageHead head,
        RoundSummary round,
        List<ProposalThread> threads,
        List<Day> days,
        int shown,
        int total,
        List<String> actors) {

    /** One day's events; {@code day} is null for events with no date. */
    public record Day(LocalDate day, List<EventView> events) {

        public String id() {
            return day == null ? "day-undated" : "day-" + day;
        }
    }
}
