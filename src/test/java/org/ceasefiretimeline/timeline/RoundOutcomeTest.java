package org.ceasefiretimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.junit.jupiter.api.Test;

/**
 * Every seed round showed "Outcome: not reported", the May 2024 one too although its talks were
 * suspended: a comment or a strike after the talks' last turn hid it (newcomer run).
 */
class RoundOutcomeTest {

    private static TimelineEvent event(EventType type, Stance stance, int dayOfMay) {
        TimelineEvent e = new TimelineEvent(type + "-" + stance, type, stance, "a sentence");
        e.date(
                LocalDate.of(2024, 5, dayOfMay).atStartOfDay(),
                null,
                Precision.DAY,
                "Friday",
                false);
        return e;
    }

    @Test
    void statements_and_fighting_after_the_last_turn_of_the_talks_do_not_hide_it() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.PROPOSAL, null, 6),
                        event(EventType.TALKS_SUSPENDED, null, 9),
                        event(EventType.STATEMENT, null, 10),
                        event(EventType.MILITARY_ACTION, null, 11));
        assertThat(RoundOutcome.of(events)).isEqualTo("Talks suspended");
    }

    @Test
    void a_suspension_reported_beside_the_proposals_of_its_day_is_the_outcome() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.PROPOSAL, null, 6),
                        event(EventType.TALKS_SUSPENDED, null, 10),
                        event(EventType.RESPONSE, Stance.REJECT, 10),
                        event(EventType.DEMAND, null, 10));
        assertThat(RoundOutcome.of(events)).isEqualTo("Talks suspended");
    }

    @Test
    void a_rejection_followed_by_a_call_for_a_ceasefire_is_still_the_outcome() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.PROPOSAL, null, 6),
                        event(EventType.RESPONSE, Stance.REJECT, 8),
                        event(EventType.CALL_FOR_CEASEFIRE, null, 9));
        assertThat(RoundOutcome.of(events)).isEqualTo("Last proposal rejected");
    }

    @Test
    void talks_that_went_on_after_a_suspension_have_no_outcome_yet() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.TALKS_SUSPENDED, null, 6),
                        event(EventType.TALKS_HELD, null, 8),
                        event(EventType.STATEMENT, null, 9));
        assertThat(RoundOutcome.of(events)).isNull();
        assertThat(RoundOutcome.of(List.of())).isNull();
    }
}
