package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.RoundMerge;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.RoundSlugs;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10, bug 5: a merge had no reason, no undo, lost the merged round's outcome and its address;
 * a split round was called "(from 2025-01-16)". Merges committed for real, on the seed rounds; each
 * test undoes what it did.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:round-merges;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=round-merge-secret"
        })
class RoundMergeTest {

    private static final String KEPT = "2024-02-israel-hamas";
    private static final String MERGED = "2021-05-israel-hamas";

    @LocalServerPort int port;
    @Autowired RoundEditing editing;
    @Autowired RoundRepository rounds;
    @Autowired TimelineEventRepository events;
    @Autowired RoundSlugs slugs;
    @Autowired TransactionTemplate transaction;

    private long eventCount(String slug) {
        return events.countByRound(rounds.findBySlug(slug).orElseThrow());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_merge_needs_a_reason() {
        assertThatThrownBy(() -> editing.merge(KEPT, MERGED, " ", "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThat(rounds.findBySlug(MERGED)).isPresent();
    }

    @Test
    void a_merge_keeps_its_reason_the_outcome_and_the_old_address_and_can_be_undone()
            throws Exception {
        String mergedOutcome = "Ceasefire in effect from 2021-05-21";
        transaction.executeWithoutResult(
                t -> rounds.findBySlug(MERGED).orElseThrow().setOutcome(mergedOutcome));
        String mergedName = rounds.findBySlug(MERGED).orElseThrow().getName();
        String keptOutcome = rounds.findBySlug(KEPT).orElseThrow().getOutcome();
        long mergedEvents = eventCount(MERGED);
        long keptEvents = eventCount(KEPT);
        LocalDate keptEnd = rounds.findBySlug(KEPT).orElseThrow().getEndDay();

        RoundMerge merge = editing.merge(KEPT, MERGED, "One round of talks, two reports", "admin");

        assertThat(rounds.findBySlug(MERGED)).isEmpty();
        assertThat(eventCount(KEPT)).isEqualTo(keptEvents + mergedEvents);
        assertThat(rounds.findBySlug(KEPT).orElseThrow().getOutcome())
                .isEqualTo(keptOutcome != null ? keptOutcome : mergedOutcome);
        assertThat(editing.merges())
                .first()
                .satisfies(
                        m -> {
                            assertThat(m.getReason()).isEqualTo("One round of talks, two reports");
                            assertThat(m.getEditor()).isEqualTo("admin");
                            assertThat(m.getMergedName()).isEqualTo(mergedName);
                        });
        assertThat(slugs.currentSlug(MERGED)).contains(KEPT);

        HttpResponse<String> old = get("/rounds/" + MERGED + "/events/7?x=1");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location"))
                .contains("/rounds/" + KEPT + "/events/7?x=1");

        editing.rename(KEPT, "Winter and spring 2024: Israel and Hamas");
        assertThat(get("/rounds/" + MERGED).headers().firstValue("Location"))
                .contains("/rounds/" + KEPT);

        NegotiationRound restored = editing.undoMerge(merge.getId(), "admin");

        assertThat(restored.getSlug()).isEqualTo(MERGED);
        assertThat(restored.getName()).isEqualTo(mergedName);
        assertThat(restored.getOutcome()).isEqualTo(mergedOutcome);
        assertThat(eventCount(MERGED)).isEqualTo(mergedEvents);
        assertThat(eventCount(KEPT)).isEqualTo(keptEvents);
        assertThat(rounds.findBySlug(KEPT).orElseThrow().getEndDay()).isEqualTo(keptEnd);
        assertThat(rounds.findBySlug(KEPT).orElseThrow().getOutcome()).isEqualTo(keptOutcome);
        assertThat(slugs.currentSlug(MERGED)).contains(MERGED);
        assertThat(get("/rounds/" + MERGED).statusCode()).isEqualTo(200);
        assertThat(editing.merges().get(0).isUndone()).isTrue();
        assertThatThrownBy(() -> editing.undoMerge(merge.getId(), "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_old_slug_follows_later_merges_to_the_round_that_holds_its_events() {
        String third = "2024-05-israel-hamas";
        RoundMerge first = editing.merge(KEPT, MERGED, "same talks", "admin");
        RoundMerge second = editing.merge(third, KEPT, "same talks again", "admin");

        assertThat(slugs.currentSlug(MERGED)).contains(third);
        assertThatThrownBy(() -> editing.undoMerge(first.getId(), "admin"))
                .hasMessageContaining("undo that merge first");

        editing.undoMerge(second.getId(), "admin");
        editing.undoMerge(first.getId(), "admin");
        assertThat(slugs.currentSlug(MERGED)).contains(MERGED);
        assertThat(slugs.currentSlug(KEPT)).contains(KEPT);
    }

    @Test
    void a_split_round_is_named_like_an_imported_one() {
        NegotiationRound round = rounds.findBySlug(MERGED).orElseThrow();
        LocalDate last =
                events.findByRoundOrderByStartAscIdAsc(round).stream()
                        .filter(e -> e.getStart() != null)
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .getStart()
                        .toLocalDate();

        String slug = editing.split(MERGED, last);

        String name = rounds.findBySlug(slug).orElseThrow().getName();
        assertThat(name).doesNotContain("(from").contains("May 2021: Israel and Hamas");
        assertThat(slug).doesNotContain("-from-");
        editing.merge(MERGED, slug, "undo the split", "admin");
    }
}
