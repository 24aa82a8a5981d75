package org.ceasefiretimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.junit.jupiter.api.Test;

/**
 * Every seed round showed "Outcome: not reported", the May 2024 one too although its talks were
 * suspended: a comment or a strike after the talks' last turn hid it (newcomer run).
 */
class RoundOutcomeTest {

    private static TimelineEvent event(EventType type, Stance stance) {
        return new TimelineEvent(type + "-" + stance, type, stance, "a sentence");
    }

    @Test
    void statements_and_fighting_after_the_last_turn_of_the_talks_do_not_hide_it() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.PROPOSAL, null),
                        event(EventType.TALKS_SUSPENDED, null),
                        event(EventType.STATEMENT, null),
                        event(EventType.MILITARY_ACTION, null));
        assertThat(RoundOutcome.of(events)).isEqualTo("Talks suspended");
    }

    @Test
    void a_rejection_followed_by_a_call_for_a_ceasefire_is_still_the_outcome() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.PROPOSAL, null),
                        event(EventType.RESPONSE, Stance.REJECT),
                        event(EventType.CALL_FOR_CEASEFIRE, null));
        assertThat(RoundOutcome.of(events)).isEqualTo("Last proposal rejected");
    }

    @Test
    void talks_that_went_on_after_a_suspension_have_no_outcome_yet() {
        List<TimelineEvent> events =
                List.of(
                        event(EventType.TALKS_SUSPENDED, null),
                        event(EventType.TALKS_HELD, null),
                        event(EventType.STATEMENT, null));
        assertThat(RoundOutcome.of(events)).isNull();
        assertThat(RoundOutcome.of(List.of())).isNull();
    }
}
