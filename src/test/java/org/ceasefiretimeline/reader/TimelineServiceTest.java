package org.ceasefiretimeline.reader;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.ImportingComponents;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ManifestEntry;
import org.ceasefiretimeline.reader.TimelineViews.EventFilter;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ActorRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
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
@Import({ImportingComponents.class, TimelineService.class})
class TimelineServiceTest {

    @Autowired ArticleImporter importer;
    @Autowired TimelineService timeline;

    @Autowired ActorRepository actors;
    @Autowired RoundRepository rounds;
    @Autowired TimelineEventRepository events;

    @BeforeEach
    void importSeeds() {
        importer.importPaths(List.of(Path.of("seed-articles")));
    }

    /**
     * Issue 10, bug 6: a 15 Jan article whose events fall on 16 and 19 Jan gave a round of one day,
     * 15 Jan.
     */
    @Test
    void events_scheduled_after_the_articles_day_widen_the_round_and_are_marked_scheduled() {
        String text =
                "Israel and Hamas agree Gaza ceasefire deal\n\n"
                        + "Israel and Hamas agreed on Wednesday to a ceasefire deal proposed by Qatar"
                        + " and Egypt, the mediators said.\n\n"
                        + "Negotiators will hold talks in Cairo on Thursday on the details of the"
                        + " deal.\n\n"
                        + "The Hamas delegation will travel to Doha on Sunday to hold talks with"
                        + " Qatar.\n";
        var result =
                importer.importUpload(
                        "scheduled.txt",
                        text.getBytes(StandardCharsets.UTF_8),
                        new ManifestEntry(
                                "scheduled.txt",
                                LocalDate.of(2025, 1, 15),
                                "Test desk",
                                null,
                                null,
                                Article.DEFAULT_ZONE));
        var round =
                timeline.rounds().stream()
                        .filter(r -> r.startDay() != null && r.startDay().getYear() == 2025)
                        .findFirst()
                        .orElseThrow();
        var detail = timeline.round(round.slug()).orElseThrow();

        assertThat(detail.events())
                .extracting(EventView::day)
                .as("the extraction, for %s", result)
                .contains(LocalDate.of(2025, 1, 16), LocalDate.of(2025, 1, 19));
        assertThat(round.endDay()).isEqualTo(LocalDate.of(2025, 1, 19));
        assertThat(detail.events())
                .filteredOn(e -> e.day().isAfter(LocalDate.of(2025, 1, 15)))
                .isNotEmpty()
                .allMatch(EventView::scheduled);
        assertThat(detail.events())
                .filteredOn(e -> !e.day().isAfter(LocalDate.of(2025, 1, 15)))
                .noneMatch(EventView::scheduled);
    }

    @Test
    void rounds_come_newest_first_with_their_proposals_counted() {
        var rounds = timeline.rounds();
        assertThat(rounds.get(0).startDay())
                .isAfterOrEqualTo(rounds.get(rounds.size() - 1).startDay());
        var may2021 =
                rounds.stream()
                        .filter(r -> r.slug().equals("2021-05-israel-hamas"))
                        .findFirst()
                        .orElseThrow();
        assertThat(may2021.proposals()).isEqualTo(1);
        assertThat(may2021.parties()).containsExactlyInAnyOrder("Israel", "Hamas");
        assertThat(may2021.mediators()).contains("Egypt");
    }

    @Test
    void a_round_threads_each_proposal_with_its_answers() {
        var detail = timeline.round("2021-05-israel-hamas").orElseThrow();
        var thread =
                detail.threads().stream()
                        .filter(t -> t.proposal().actors().contains("Egypt"))
                        .findFirst()
                        .orElseThrow();
        assertThat(thread.proposal().terms().truce()).containsIgnoringCase("truce");
        assertThat(thread.responses())
                .extracting(EventView::stance)
                .containsExactlyInAnyOrder(Stance.REJECT, Stance.ACCEPT);
        assertThat(thread.proposal().sources())
                .extracting(s -> s.publisher())
                .containsExactlyInAnyOrder("The Times of Israel", "Hamodia");
        assertThat(detail.events())
                .isSortedAccordingTo(
                        Comparator.comparing(
                                EventView::start, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    @Test
    void all_events_filter_by_actor_type_and_text_and_page_from_any_offset() {
        long all = timeline.countEvents(EventFilter.NONE);
        List<EventView> everything = timeline.events(EventFilter.NONE, 0, (int) all);
        assertThat(everything).hasSize((int) all);
        assertThat(timeline.events(EventFilter.NONE, 3, 4)).isEqualTo(everything.subList(3, 7));

        var egypt = new EventFilter(List.of("Egypt"), List.of(), null);
        assertThat(timeline.events(egypt, 0, 100))
                .isNotEmpty()
                .allMatch(e -> e.actors().contains("Egypt"));
        assertThat(timeline.countEvents(egypt)).isLessThan(all);

        var rejections =
                new EventFilter(
                        List.of(),
                        List.of(EventKind.of(EventType.RESPONSE, Stance.REJECT)),
                        "reject");
        assertThat(timeline.events(rejections, 0, 100))
                .isNotEmpty()
                .allMatch(
                        e ->
                                e.type() == EventType.RESPONSE
                                        && e.stance() == Stance.REJECT
                                        && e.summary().toLowerCase().contains("reject"));
        assertThat(timeline.countEvents(rejections))
                .isEqualTo(
                        timeline.events(EventFilter.NONE, 0, (int) all).stream()
                                .filter(rejections::matches)
                                .count());
    }

    /** Issue 10: the type filter said "Response" while the cards said "Accepted" or "Rejected". */
    @Test
    void the_filter_names_kinds_of_event_as_the_cards_do() {
        assertThat(EventKind.ALL)
                .extracting(EventKind::label)
                .contains("Accepted", "Rejected", "Countered", "Proposal")
                .doesNotHaveDuplicates();
        assertThat(EventKind.ofParameter("rejected"))
                .contains(EventKind.of(EventType.RESPONSE, Stance.REJECT));
        assertThat(EventKind.ALL)
                .allSatisfy(k -> assertThat(EventKind.ofParameter(k.parameter())).contains(k));
    }

    /** Issue 10, bug 7: "Egypt, Qatar" on one load and "Qatar, Egypt" on the next. */
    @Test
    void names_come_parties_first_then_mediators_each_in_alphabetical_order() {
        Actor qatar = actors.findByName("Qatar").orElseThrow();
        Actor egypt = actors.findByName("Egypt").orElseThrow();
        Actor israel = actors.findByName("Israel").orElseThrow();
        Actor hamas = actors.findByName("Hamas").orElseThrow();
        NegotiationRound round =
                new NegotiationRound("2030-01-israel-hamas", "January 2030", hamas);
        round.addActor(israel, ActorRole.PARTY);
        round.addActor(qatar, ActorRole.MEDIATOR);
        round.addActor(hamas, ActorRole.PARTY);
        round.addActor(egypt, ActorRole.MEDIATOR);
        round.cover(LocalDate.of(2030, 1, 10));
        rounds.save(round);
        TimelineEvent talks =
                new TimelineEvent("names-in-order", EventType.TALKS_HELD, null, "Talks in Cairo");
        talks.setRound(round);
        talks.date(
                LocalDate.of(2030, 1, 10).atStartOfDay(),
                LocalDate.of(2030, 1, 10).atStartOfDay(),
                Precision.DAY,
                "Wednesday",
                false);
        List.of(qatar, israel, egypt, hamas).forEach(talks.getActors()::add);
        events.save(talks);

        var detail = timeline.round("2030-01-israel-hamas").orElseThrow();

        assertThat(detail.summary().parties()).containsExactly("Hamas", "Israel");
        assertThat(detail.summary().mediators()).containsExactly("Egypt", "Qatar");
        assertThat(detail.events())
                .singleElement()
                .extracting(EventView::actors)
                .asList()
                .containsExactly("Hamas", "Israel", "Egypt", "Qatar");
        assertThat(timeline.events(EventFilter.NONE, 0, 1))
                .singleElement()
                .extracting(EventView::actors)
                .asList()
                .containsExactly("Hamas", "Israel", "Egypt", "Qatar");
    }

    @Autowired EntityManager entityManager;

    /**
     * Read in one query with its actors, an event with two actors came with each of its sources
     * twice.
     */
    @Test
    void all_events_list_each_source_once() {
        entityManager.flush();
        entityManager.clear();
        List<EventView> all =
                timeline.events(EventFilter.NONE, 0, (int) timeline.countEvents(EventFilter.NONE));
        assertThat(all).filteredOn(e -> e.actors().size() > 1).isNotEmpty();
        assertThat(all).allSatisfy(e -> assertThat(e.sources()).doesNotHaveDuplicates());
    }
}
