package org.ceasefiretimeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

@Tag("database")
@DataJpaTest(properties = "ceasefire.import-seeds-on-start=false")
@Import(ImportingComponents.class)
class ImportServiceTest {

    @Autowired ArticleImporter importer;
    @Autowired ArticleRepository articles;
    @Autowired RoundRepository rounds;
    @Autowired TimelineEventRepository events;
    @Autowired ProposalRepository proposals;
    @Autowired ResponseRepository responses;

    ImportResult first;

    @BeforeEach
    void importSeeds() {
        first = importer.importPaths(List.of(Path.of("seed-articles")));
    }

    @Test
    void importing_the_seeds_again_adds_nothing() {
        long eventCount = events.count();
        ImportResult again = importer.importPaths(List.of(Path.of("seed-articles")));
        assertThat(first.added()).isEqualTo(5);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(5);
        assertThat(articles.count()).isEqualTo(5);
        assertThat(events.count()).isEqualTo(eventCount);
    }

    @Test
    void the_seeds_make_the_2021_2023_and_2024_rounds_with_their_mediators() {
        List<NegotiationRound> all = rounds.findAllByOrderByStartDayDesc();
        assertThat(all)
                .extracting(NegotiationRound::getSlug)
                .containsExactly(
                        "2024-05-israel-hamas",
                        "2024-02-israel-hamas",
                        "2023-05-israel-palestinian-islamic-jihad",
                        "2021-05-israel-hamas");
        NegotiationRound pij =
                rounds.findBySlug("2023-05-israel-palestinian-islamic-jihad").orElseThrow();
        assertThat(pij.getName())
                .contains("May 2023")
                .contains("Islamic Jihad")
                .contains("Operation Shield and Arrow");
        assertThat(pij.actors(ActorRole.MEDIATOR))
                .extracting(Actor::getName)
                .contains("Egypt", "Qatar", "United Nations");
        assertThat(
                        rounds.findBySlug("2024-02-israel-hamas")
                                .orElseThrow()
                                .actors(ActorRole.MEDIATOR))
                .extracting(Actor::getName)
                .contains("Qatar", "Egypt", "United States");
    }

    @Test
    void the_egyptian_yearlong_truce_is_one_proposal_with_two_sources_and_both_answers() {
        NegotiationRound round = rounds.findBySlug("2021-05-israel-hamas").orElseThrow();
        List<Proposal> egyptian =
                proposals.findByEventRound(round).stream()
                        .filter(
                                p ->
                                        p.getEvent().getActors().stream()
                                                .anyMatch(a -> a.getName().equals("Egypt")))
                        .toList();
        assertThat(egyptian).hasSize(1);
        Proposal proposal = egyptian.get(0);
        assertThat(proposal.getTruce()).isIn("yearlong truce", "year-long truce");
        assertThat(proposal.getEvent().getSources())
                .extracting(s -> s.getArticle().getFileName())
                .containsExactlyInAnyOrder("001_a29661bb1bd4b838.txt", "002_fa48d1a688ad73ed.txt");
        assertThat(responses.findByProposal(proposal))
                .extracting(r -> r.getParty().getName(), r -> r.getEvent().getStance())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Israel", Stance.REJECT),
                        org.assertj.core.groups.Tuple.tuple("Hamas", Stance.ACCEPT));
        assertThat(responses.findByProposal(proposal))
                .allSatisfy(r -> assertThat(r.getEvent().getSources()).hasSize(2));
    }

    @Test
    void a_proposal_is_dated_by_its_report_and_keeps_the_day_its_truce_would_have_taken_effect() {
        NegotiationRound round = rounds.findBySlug("2021-05-israel-hamas").orElseThrow();
        Proposal proposal =
                proposals.findByEventRound(round).stream()
                        .filter(
                                p ->
                                        p.getEvent().getActors().stream()
                                                .anyMatch(a -> a.getName().equals("Egypt")))
                        .findFirst()
                        .orElseThrow();
        assertThat(proposal.getEffectiveAt()).isEqualTo(LocalDateTime.of(2021, 5, 13, 23, 59));
        assertThat(proposal.getEffectivePhrase()).isEqualTo("midnight Thursday");
        // "rejected an Egyptian proposal ..., which would have started at midnight Thursday": not
        // the rejection's day
        assertThat(proposal.getEvent().getStart().toLocalDate())
                .isEqualTo(LocalDate.of(2021, 5, 14));
        assertThat(proposal.getEvent().isApproximate()).isTrue();
    }

    @Test
    void events_keep_their_date_phrase_or_say_they_are_placed_on_the_publication_day() {
        NegotiationRound round =
                rounds.findBySlug("2023-05-israel-palestinian-islamic-jihad").orElseThrow();
        TimelineEvent call =
                events.findByRoundAndType(round, EventType.CALL_FOR_CEASEFIRE).stream()
                        .filter(e -> !e.isApproximate())
                        .findFirst()
                        .orElseThrow();
        assertThat(call.getStart().toLocalDate()).hasToString("2023-05-11");
        assertThat(call.getDatePhrase()).isEqualTo("Thursday");
        assertThat(call.getSources())
                .filteredOn(s -> s.getDateMention() != null)
                .singleElement()
                .satisfies(
                        s ->
                                assertThat(s.getDateMention().getReason())
                                        .contains("before publication"));
        // "Israel has cut off talks ..., as the terror group renewed rocket fire Friday morning":
        // the morning is
        // the rocket fire's; the talks were cut off as reported that day
        assertThat(events.findByRoundAndType(round, EventType.TALKS_SUSPENDED))
                .isNotEmpty()
                .allSatisfy(
                        e -> {
                            assertThat(e.isApproximate()).isTrue();
                            assertThat(e.getStart().toLocalDate()).hasToString("2023-05-12");
                        });
    }
}
