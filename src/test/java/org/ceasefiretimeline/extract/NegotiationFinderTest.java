package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sentences of our own, shaped like wire copy, that the seed articles do not contain. */
class NegotiationFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 7);

    @Test
    void a_proposal_owned_by_an_adjective_keeps_its_terms_and_the_responses_name_their_party() {
        Extracted x =
                Extracted.from(
                        "Israel on Wednesday accepted a Qatari proposal for a six-week truce in three stages"
                                + " that would free 40 hostages and 800 Palestinian prisoners. Hamas turned down the proposal.",
                        PUBLISHED);
        assertThat(x.events())
                .extracting(NegotiationEvent::type, e -> e.actors(), NegotiationEvent::stance)
                .contains(
                        tuple(EventType.PROPOSAL, java.util.List.of("Qatar"), null),
                        tuple(EventType.RESPONSE, java.util.List.of("Israel"), Stance.ACCEPT),
                        tuple(EventType.RESPONSE, java.util.List.of("Hamas"), Stance.REJECT));
        NegotiationEvent proposal =
                x.events().stream()
                        .filter(e -> e.type() == EventType.PROPOSAL)
                        .findFirst()
                        .orElseThrow();
        assertThat(proposal.terms())
                .isEqualTo(
                        new Terms(
                                "six-week truce",
                                "three stages",
                                "40 hostages",
                                "800 Palestinian prisoners"));
        assertThat(proposal.date().resolution().start().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 6, 5));
    }

    @Test
    void aliases_name_the_actor_and_the_agent_of_a_passive_is_the_party_that_responds() {
        Extracted x =
                Extracted.from(
                        "The framework drafted by Egyptian and Qatari mediators was endorsed by Washington"
                                + " and rebuffed by Islamic Jihad.",
                        PUBLISHED);
        assertThat(x.events())
                .extracting(NegotiationEvent::type, e -> e.actors(), NegotiationEvent::stance)
                .contains(
                        tuple(EventType.PROPOSAL, java.util.List.of("Egypt", "Qatar"), null),
                        tuple(
                                EventType.RESPONSE,
                                java.util.List.of("United States"),
                                Stance.ACCEPT),
                        tuple(
                                EventType.RESPONSE,
                                java.util.List.of("Palestinian Islamic Jihad"),
                                Stance.REJECT));
    }

    @Test
    void a_party_proposing_in_response_makes_a_counter_proposal() {
        Extracted x =
                Extracted.from(
                        "Hamas on Tuesday proposed a ceasefire plan in response to the Egyptian offer.",
                        PUBLISHED);
        assertThat(x.events())
                .extracting(NegotiationEvent::type, NegotiationEvent::stance)
                .contains(
                        tuple(EventType.COUNTER_PROPOSAL, null),
                        tuple(EventType.RESPONSE, Stance.COUNTER),
                        tuple(EventType.PROPOSAL, null));
    }

    @Test
    void the_terror_group_means_the_party_the_article_is_about() {
        Extracted x =
                Extracted.from(
                        "Islamic Jihad fired rockets on Sderot. Islamic Jihad vowed to go on. "
                                + "The terror group rejected the Egyptian truce plan on Thursday.",
                        PUBLISHED);
        assertThat(x.events())
                .extracting(e -> e.actors(), NegotiationEvent::stance)
                .contains(tuple(java.util.List.of("Palestinian Islamic Jihad"), Stance.REJECT));
    }

    @Test
    void hypothetical_and_negated_responses_are_not_responses() {
        Extracted x =
                Extracted.from(
                        "Officials denied reports that Israel would agree to the terms. "
                                + "Jerusalem won’t offer a counter-proposal.",
                        PUBLISHED);
        assertThat(x.events())
                .noneMatch(
                        e ->
                                e.type() == EventType.RESPONSE
                                        || e.type() == EventType.COUNTER_PROPOSAL);
    }

    @Test
    void a_demand_and_a_suspension_of_talks_are_events_too() {
        Extracted x =
                Extracted.from(
                        "Israel suspended the talks on Sunday after Hamas demanded that troops leave Rafah.",
                        PUBLISHED);
        assertThat(x.events())
                .extracting(NegotiationEvent::type, e -> e.actors())
                .contains(
                        tuple(EventType.TALKS_SUSPENDED, java.util.List.of("Israel")),
                        tuple(EventType.DEMAND, java.util.List.of("Hamas")));
    }

    @Test
    void a_condition_is_not_an_answer_and_a_pronoun_answers_for_the_speaker() {
        Extracted x =
                Extracted.from(
                        "The truce would have begun on Friday had Israel agreed. Hamas said in a statement"
                                + " that it had accepted the extension.",
                        PUBLISHED);
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.RESPONSE)
                .extracting(e -> e.actors(), NegotiationEvent::stance)
                .containsExactly(tuple(java.util.List.of("Hamas"), Stance.ACCEPT));
    }

    @Test
    void the_broker_of_an_agreement_is_not_the_party_that_accepts_it() {
        Extracted x =
                Extracted.from(
                        "Hamas said it had accepted the agreement brokered by Qatar and Egypt.",
                        PUBLISHED);
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.RESPONSE)
                .extracting(e -> e.actors())
                .containsExactly(java.util.List.of("Hamas"));
    }

    @Test
    void an_aside_between_commas_does_not_hide_the_subject() {
        Extracted x =
                Extracted.from(
                        "Hamas, which did not send a delegation to Doha, effectively rejected the proposal.",
                        PUBLISHED);
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.RESPONSE)
                .extracting(e -> e.actors(), NegotiationEvent::stance)
                .containsExactly(tuple(java.util.List.of("Hamas"), Stance.REJECT));
    }

    @Test
    void
            a_date_inside_a_relative_clause_before_the_verb_neither_hides_the_subject_nor_dates_the_offer() {
        Extracted x =
                Extracted.from(
                        "Israel, which has traded fire with militants since Tuesday, said on Thursday"
                                + " it was ready to prolong the truce.",
                        PUBLISHED);
        NegotiationEvent offer =
                x.events().stream()
                        .filter(e -> e.type() == EventType.PROPOSAL)
                        .filter(e -> e.actors().equals(java.util.List.of("Israel")))
                        .findFirst()
                        .orElseThrow();
        assertThat(offer.date().text()).isEqualTo("Thursday");
    }

    @Test
    void a_call_for_a_truce_is_the_callers_and_a_truce_starting_later_has_not_begun() {
        Extracted x =
                Extracted.from(
                        "Qatar urged Hamas to accept a truce starting on Tuesday.", PUBLISHED);
        assertThat(x.events())
                .extracting(NegotiationEvent::type, e -> e.actors())
                .contains(tuple(EventType.CALL_FOR_CEASEFIRE, java.util.List.of("Qatar")))
                .doesNotContain(tuple(EventType.CALL_FOR_CEASEFIRE, java.util.List.of("Hamas")));
        assertThat(x.events()).noneMatch(e -> e.type() == EventType.CEASEFIRE_IN_EFFECT);
    }

    @Test
    void an_earlier_mention_of_the_same_actor_does_not_turn_the_subject_into_an_object() {
        Extracted x =
                Extracted.from(
                        "Hamas wants a full withdrawal of Israeli troops from the Strip, which Netanyahu has"
                                + " repeatedly rejected.",
                        PUBLISHED);
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.RESPONSE)
                .extracting(e -> e.actors(), NegotiationEvent::stance)
                .containsExactly(tuple(java.util.List.of("Israel"), Stance.REJECT));
    }

    @Test
    void positive_and_negative_answers_and_brokered_proposals_are_read() {
        Extracted x =
                Extracted.from(
                        "Hamas responded positively to the Qatari-brokered proposal on Sunday. Islamic Jihad"
                                + " responded negatively to the plan.",
                        PUBLISHED);
        assertThat(x.events())
                .extracting(NegotiationEvent::type, e -> e.actors(), NegotiationEvent::stance)
                .contains(
                        tuple(EventType.RESPONSE, java.util.List.of("Hamas"), Stance.ACCEPT),
                        tuple(EventType.PROPOSAL, java.util.List.of("Qatar"), null),
                        tuple(
                                EventType.RESPONSE,
                                java.util.List.of("Palestinian Islamic Jihad"),
                                Stance.REJECT));
    }
}
