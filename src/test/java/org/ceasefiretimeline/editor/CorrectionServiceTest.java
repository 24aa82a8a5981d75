package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.base.AppDates;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.ImportCommand;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Corrections committed for real, so that Envers writes its revisions. */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:corrections;DB_CLOSE_DELAY=-1",
            "spring.autoconfigure.exclude=" + ImportCommand.NO_WEB
        })
class CorrectionServiceTest {

    @Autowired CorrectionService corrections;
    @Autowired TimelineEventRepository events;
    @Autowired RoundRepository rounds;
    @Autowired ArticleRepository articles;

    private TimelineEvent event(String slug, EventType type, Stance stance) {
        return events
                .findByRoundOrderByStartAscIdAsc(rounds.findBySlug(slug).orElseThrow())
                .stream()
                .filter(e -> e.getType() == type && e.getStance() == stance)
                .findFirst()
                .orElseThrow();
    }

    private static EventCorrection movedTo(TimelineEvent e, LocalDate day) {
        return new EventCorrection(
                day.atStartOfDay(),
                day.atStartOfDay(),
                Precision.DAY,
                e.getType(),
                e.getStance(),
                e.getActors().stream().map(Actor::getName).toList(),
                null,
                e.getRound().getSlug());
    }

    @Test
    void a_correction_needs_a_reason_is_kept_in_the_history_and_can_be_reverted() {
        TimelineEvent suspension = event("2024-05-israel-hamas", EventType.TALKS_SUSPENDED, null);
        LocalDateTime original = suspension.getStart();
        assertThatThrownBy(
                        () ->
                                corrections.correct(
                                        suspension.getId(),
                                        suspension.getVersion(),
                                        movedTo(suspension, LocalDate.of(2024, 5, 9)),
                                        " ",
                                        "dana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");

        corrections.correct(
                suspension.getId(),
                suspension.getVersion(),
                movedTo(suspension, LocalDate.of(2024, 5, 9)),
                "The talks broke off on Thursday",
                "dana");

        TimelineEvent corrected = events.findById(suspension.getId()).orElseThrow();
        assertThat(corrected.getStart()).isEqualTo(LocalDate.of(2024, 5, 9).atStartOfDay());
        assertThat(corrected.isCorrected()).isTrue();
        // readers see that the date beside the article's phrase is an editor's
        assertThat(timeline.event(suspension.getId()).orElseThrow().corrected()).isTrue();
        List<HistoryEntry> history = corrections.history(suspension.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).editor()).isNull();
        assertThat(history.get(1).editor()).isEqualTo("dana");
        assertThat(history.get(1).reason()).isEqualTo("The talks broke off on Thursday");
        assertThat(history.get(1).changes())
                .anySatisfy(
                        c ->
                                assertThat(c)
                                        .startsWith(
                                                "date: "
                                                        + AppDates.dateTime(original)
                                                        + " → Thu 9 May 2024"));
        // issue 10, bug 8: readers see why, beside "corrected by an editor"
        assertThat(timeline.event(suspension.getId()).orElseThrow().correctionReason())
                .isEqualTo("The talks broke off on Thursday");

        corrections.revert(
                suspension.getId(), history.get(0).revision(), "Friday was right after all", "lee");
        assertThat(events.findById(suspension.getId()).orElseThrow().getStart())
                .isEqualTo(original);
        assertThat(corrections.history(suspension.getId()))
                .last()
                .satisfies(
                        h -> {
                            assertThat(h.editor()).isEqualTo("lee");
                            assertThat(h.reason())
                                    .contains("Friday was right after all")
                                    .contains("revert");
                        });
    }

    @Test
    void the_second_of_two_editors_saving_the_same_version_gets_a_conflict_naming_the_first() {
        TimelineEvent talks = event("2021-05-israel-hamas", EventType.TALKS_HELD, null);
        long seenByBoth = talks.getVersion();
        corrections.correct(
                talks.getId(),
                seenByBoth,
                movedTo(talks, LocalDate.of(2021, 5, 13)),
                "Amr landed Thursday",
                "dana");
        assertThatThrownBy(
                        () ->
                                corrections.correct(
                                        talks.getId(),
                                        seenByBoth,
                                        movedTo(talks, LocalDate.of(2021, 5, 15)),
                                        "Saturday, surely",
                                        "lee"))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("dana")
                .hasMessageContaining("Amr landed Thursday")
                .hasMessageContaining("Thu 13 May 2021")
                .hasMessageNotContaining("T0");
        assertThat(events.findById(talks.getId()).orElseThrow().getStart().toLocalDate())
                .isEqualTo(LocalDate.of(2021, 5, 13));
    }

    @Test
    void a_new_publication_day_moves_the_dates_read_against_it_but_not_corrected_ones() {
        StoredArticle article =
                articles.findAll().stream()
                        .filter(a -> a.getFileName().startsWith("000_"))
                        .findFirst()
                        .orElseThrow();
        TimelineEvent suspended =
                event("2023-05-israel-palestinian-islamic-jihad", EventType.TALKS_SUSPENDED, null);
        TimelineEvent military =
                events.findByRoundOrderByStartAscIdAsc(suspended.getRound()).stream()
                        .filter(e -> e.getType() == EventType.MILITARY_ACTION)
                        .findFirst()
                        .orElseThrow();
        corrections.correct(
                military.getId(),
                military.getVersion(),
                movedTo(military, LocalDate.of(2023, 5, 11)),
                "Checked against the IDF statement",
                "dana");

        // a week later: "Friday morning" becomes 19 May, the corrected Thursday stays
        int moved =
                corrections.correctPublicationDay(
                        article.getId(),
                        LocalDate.of(2023, 5, 19),
                        "Wrong day in the feed",
                        "dana");

        assertThat(moved).isPositive();
        assertThat(events.findById(suspended.getId()).orElseThrow().getStart().toLocalDate())
                .isEqualTo(LocalDate.of(2023, 5, 19));
        assertThat(events.findById(military.getId()).orElseThrow().getStart().toLocalDate())
                .isEqualTo(LocalDate.of(2023, 5, 11));
        assertThat(articles.findById(article.getId()).orElseThrow().getPublishedSource().name())
                .isEqualTo("EDITOR");
    }

    @Autowired ProposalRepository proposals;

    @Test
    void an_editor_sets_a_proposals_terms_with_a_reason() {
        TimelineEvent proposal =
                events.findByRoundAndType(
                                rounds.findBySlug("2024-02-israel-hamas").orElseThrow(),
                                EventType.PROPOSAL)
                        .get(0);
        assertThatThrownBy(
                        () ->
                                corrections.editTerms(
                                        proposal.getId(),
                                        new TimelineViews.TermsView(
                                                "six-week truce", null, null, null),
                                        "",
                                        "dana"))
                .isInstanceOf(IllegalArgumentException.class);
        corrections.editTerms(
                proposal.getId(),
                new TimelineViews.TermsView("six-week truce", "three stages", " ", null),
                "From the text of the outline",
                "dana");
        Proposal saved =
                proposals
                        .findByEvent(events.findById(proposal.getId()).orElseThrow())
                        .orElseThrow();
        assertThat(saved.getTruce()).isEqualTo("six-week truce");
        assertThat(saved.getStages()).isEqualTo("three stages");
        assertThat(saved.getHostages()).isNull();
    }

    @Autowired TimelineService timeline;

    @Test
    void
            changing_only_a_span_events_actors_keeps_its_dates_and_the_history_names_only_the_actors() {
        TimelineEvent talks = event("2024-02-israel-hamas", EventType.RESPONSE, Stance.CRITICIZE);
        LocalDateTime start = LocalDate.of(2024, 1, 29).atStartOfDay();
        LocalDateTime end = LocalDate.of(2024, 2, 4).atStartOfDay();
        corrections.correct(
                talks.getId(),
                talks.getVersion(),
                new EventCorrection(
                        start,
                        end,
                        Precision.WEEK,
                        talks.getType(),
                        talks.getStance(),
                        talks.getActors().stream().map(Actor::getName).toList(),
                        null,
                        talks.getRound().getSlug()),
                "It lasted the week",
                "dana");
        TimelineEvent span = events.findById(talks.getId()).orElseThrow();
        var view = timeline.event(span.getId()).orElseThrow();
        var form = CorrectionForm.of(view, null);

        corrections.correct(
                span.getId(),
                span.getVersion(),
                CorrectionForm.correction(
                        view,
                        null,
                        new CorrectionForm.Values(
                                form.day(),
                                form.time(),
                                form.endDay(),
                                form.precision(),
                                form.type(),
                                form.stance(),
                                Set.of("Qatar"),
                                form.answers(),
                                form.roundSlug())),
                "Qatar said it",
                "lee");

        TimelineEvent after = events.findById(span.getId()).orElseThrow();
        assertThat(after.getStart()).isEqualTo(start);
        assertThat(after.getEnd()).isEqualTo(end);
        assertThat(after.getPrecision()).isEqualTo(Precision.WEEK);
        assertThat(after.getActors()).extracting(Actor::getName).containsExactly("Qatar");
        assertThat(corrections.history(span.getId()))
                .last()
                .satisfies(
                        h ->
                                assertThat(h.changes())
                                        .singleElement()
                                        .asString()
                                        .startsWith("actors: "));
    }

    @Autowired ArticleImporter importer;

    private static final String UNDATED =
            """
            Hamas rejects Egyptian truce offer

            Hamas on Tuesday rejected an Egyptian proposal for a three-day truce in Gaza, a spokesman for the group said.

            Egypt had proposed the truce on Sunday, Egyptian officials said. Israel said on Monday it would accept the proposal.
            """;

    /**
     * Issue 10, bug 2: an article added without a day kept its events out of every round once the
     * day was set.
     */
    @Test
    void setting_an_unknown_publication_day_dates_the_articles_events_and_places_them_in_a_round() {
        importer.importUpload("undated-offer.txt", UNDATED.getBytes(StandardCharsets.UTF_8), null);
        StoredArticle article =
                articles.findAll().stream()
                        .filter(a -> a.getFileName().equals("undated-offer.txt"))
                        .findFirst()
                        .orElseThrow();
        assertThat(article.getPublished()).isNull();
        assertThat(article.getRound()).isNull();

        int moved =
                corrections.correctPublicationDay(
                        article.getId(),
                        LocalDate.of(2019, 11, 14),
                        "From the print edition",
                        "dana");

        StoredArticle dated = articles.findById(article.getId()).orElseThrow();
        assertThat(dated.getRound()).isNotNull();
        var round = timeline.round(dated.getRound().getSlug()).orElseThrow();
        assertThat(round.summary().startDay()).isBeforeOrEqualTo(LocalDate.of(2019, 11, 14));
        assertThat(round.summary().parties()).contains("Hamas", "Israel");
        assertThat(round.events())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.start()).isNotNull())
                .anySatisfy(
                        e -> {
                            assertThat(e.type()).isEqualTo(EventType.RESPONSE);
                            assertThat(e.day()).isEqualTo(LocalDate.of(2019, 11, 12));
                        });
        assertThat(round.threads()).isNotEmpty();
        assertThat(moved).isEqualTo(round.events().size());
    }
}
