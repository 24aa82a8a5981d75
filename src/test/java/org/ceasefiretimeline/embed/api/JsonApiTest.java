package org.ceasefiretimeline.embed.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.editor.CorrectionService;
import org.ceasefiretimeline.editor.EventCorrection;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.ProposalThread;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API over HTTP on the seed articles, as a newsroom's code calls it. */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embedapi;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=embed-api-secret"
        })
class JsonApiTest {

    static final String MAY_2021 = "2021-05-israel-hamas";
    static final String MAY_2024 = "2024-05-israel-hamas";

    @LocalServerPort int port;
    @Autowired CorrectionService corrections;
    @Autowired TimelineEventRepository events;
    @Autowired TimelineService timeline;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void the_rounds_list_every_seed_round_with_its_links() throws Exception {
        JsonNode rounds = api.json("/api/v1/rounds").get("rounds");

        assertThat(rounds.findValuesAsText("slug")).contains(MAY_2021, MAY_2024);
        JsonNode may2021 = byField(rounds, "slug", MAY_2021);
        assertThat(may2021.get("parties").toString()).contains("Israel").contains("Hamas");
        assertThat(may2021.get("mediators").toString()).contains("Egypt");
        assertThat(may2021.get("links").get("timelinejs").asText())
                .isEqualTo("/api/v1/rounds/" + MAY_2021 + "/timelinejs.json");
    }

    @Test
    void a_round_gives_each_proposal_with_its_answers_and_the_date_it_would_take_effect()
            throws Exception {
        JsonNode round = api.json("/api/v1/rounds/" + MAY_2021);

        assertThat(round.get("round").get("name").asText()).isNotBlank();
        List<ProposalThread> threads = timeline.round(MAY_2021).orElseThrow().threads();
        assertThat(round.get("proposals")).hasSize(threads.size());
        for (int i = 0; i < threads.size(); i++) {
            JsonNode proposal = round.get("proposals").get(i);
            assertThat(proposal.get("proposal").get("id").asLong())
                    .isEqualTo(threads.get(i).proposal().id());
            assertThat(proposal.get("answers").findValuesAsText("id"))
                    .containsExactlyElementsOf(
                            threads.get(i).responses().stream()
                                    .map(r -> Long.toString(r.id()))
                                    .toList());
        }
        JsonNode egyptian = null;
        for (JsonNode proposal : round.get("proposals")) {
            if (proposal.get("proposal").get("actors").toString().contains("Egypt")) {
                egyptian = proposal;
            }
        }
        assertThat(egyptian).isNotNull();
        assertThat(egyptian.get("answers").findValuesAsText("stance")).contains("REJECT");
        JsonNode takesEffect = byField(egyptian.get("dates"), "role", "TAKES_EFFECT");
        assertThat(takesEffect.get("phrase").asText()).contains("midnight Thursday");
        assertThat(takesEffect.get("precision").asText()).isEqualTo("TIME");
        assertThat(takesEffect.get("date").asText()).isEqualTo("2021-05-13T23:59:00");
    }

    @Test
    void an_event_carries_its_date_phrase_precision_actors_and_sources() throws Exception {
        JsonNode event =
                api.json("/api/v1/events?round=" + MAY_2021 + "&limit=200").get("events").get(0);

        assertThat(event.get("date").asText()).startsWith("2021-05-");
        assertThat(event.get("precision").asText()).isNotBlank();
        assertThat(event.has("phrase")).isTrue();
        assertThat(event.get("actors").isArray()).isTrue();
        assertThat(event.get("corrected").isBoolean()).isTrue();
        JsonNode source = event.get("sources").get(0);
        assertThat(source.get("publisher").asText()).isNotBlank();
        assertThat(source.get("sentence").asText()).isNotBlank();
        assertThat(source.has("url")).isTrue();
    }

    @Test
    void paging_through_all_events_with_the_cursor_gives_each_once_in_date_order()
            throws Exception {
        List<Long> paged = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page =
                    api.json(
                            "/api/v1/events?limit=3"
                                    + (cursor == null
                                            ? ""
                                            : "&cursor="
                                                    + URLEncoder.encode(
                                                            cursor, StandardCharsets.UTF_8)));
            page.get("events").forEach(e -> paged.add(e.get("id").asLong()));
            page.get("events")
                    .forEach(e -> dates.add(e.get("date").isNull() ? "~" : e.get("date").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isGreaterThan(3);
        assertThat(new HashSet<>(paged)).hasSameSizeAs(paged);
        assertThat(Set.copyOf(paged))
                .isEqualTo(
                        Set.copyOf(events.findAll().stream().map(TimelineEvent::getId).toList()));
        // ISO local date-times sort as text; "~" (undated) after every digit
        assertThat(dates).isSorted();
    }

    @Test
    void filters_keep_only_the_events_that_match_all_of_them() throws Exception {
        JsonNode page =
                api.json(
                        "/api/v1/events?round="
                                + MAY_2021
                                + "&actor=Hamas&type=RESPONSE,PROPOSAL&from=2021-05-01&to=2021-05-31&limit=200");

        assertThat(page.get("events")).isNotEmpty();
        page.get("events")
                .forEach(
                        e -> {
                            assertThat(e.get("round").asText()).isEqualTo(MAY_2021);
                            assertThat(e.get("actors").toString()).contains("Hamas");
                            assertThat(e.get("type").asText()).isIn("RESPONSE", "PROPOSAL");
                            assertThat(LocalDate.parse(e.get("date").asText().substring(0, 10)))
                                    .isBetween(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31));
                        });
        assertThat(api.json("/api/v1/events?round=" + MAY_2021 + "&from=2030-01-01").get("events"))
                .isEmpty();
    }

    @Test
    void a_matching_etag_gets_304_with_no_body_and_the_same_caching() throws Exception {
        String path = "/api/v1/rounds/" + MAY_2021;
        HttpResponse<String> first = api.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValue("max-age=60, public, stale-while-revalidate=600");

        HttpResponse<String> again = api.get(path, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(api.get(path, "If-None-Match", "W/\"0-0\"").statusCode()).isEqualTo(200);
    }

    @Test
    void an_editors_correction_changes_the_etag_and_shows_in_the_api_at_once() throws Exception {
        String path = "/api/v1/events?round=" + MAY_2024 + "&type=TALKS_SUSPENDED";
        HttpResponse<String> before = api.get(path);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        JsonNode event = ApiClient.parse(before.body()).get("events").get(0);
        TimelineEvent stored = events.findById(event.get("id").asLong()).orElseThrow();
        LocalDate moved = LocalDate.of(2024, 5, 9);

        corrections.correct(
                stored.getId(),
                stored.getVersion(),
                new EventCorrection(
                        moved.atTime(14, 0),
                        null,
                        Precision.TIME,
                        EventType.TALKS_SUSPENDED,
                        null,
                        stored.actorNames(),
                        null,
                        MAY_2024),
                "The talks broke off on Thursday afternoon",
                "dana");

        HttpResponse<String> after = api.get(path, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        JsonNode corrected =
                byField(
                        ApiClient.parse(after.body()).get("events"),
                        "id",
                        event.get("id").asText());
        assertThat(corrected.get("date").asText()).isEqualTo("2024-05-09T14:00:00");
        assertThat(corrected.get("precision").asText()).isEqualTo("TIME");
        assertThat(corrected.get("corrected").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "ZTF8MjAyNHwx", "eDF8MjAyNC0wNS0wNlQwMDowMHwx"})
    void a_cursor_that_is_not_ours_is_a_problem_detail(String cursor) throws Exception {
        HttpResponse<String> response = api.get("/api/v1/events?cursor=" + cursor);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode problem = ApiClient.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asText()).isEqualTo("cursor");
        assertThat(problem.get("detail").asText()).contains(cursor);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/rounds/no-such-round",
                "/api/v1/events?round=no-such-round",
                "/api/v1/rounds/no-such-round/timelinejs.json",
                "/api/v1/rounds/no-such-round/events.csv",
                "/api/v1/rounds/no-such-round/events.ics"
            })
    void an_unknown_slug_is_a_404_problem_detail(String path) throws Exception {
        HttpResponse<String> response = api.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode problem = ApiClient.parse(response.body());
        assertThat(problem.get("title").asText()).isEqualTo("Unknown round");
        assertThat(problem.get("slug").asText()).isEqualTo("no-such-round");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/no-such-endpoint",
                "/api/v1/rounds/" + MAY_2021 + "/events",
                "/api/v2/rounds"
            })
    void an_unknown_path_is_a_404_problem_detail_naming_it(String path) throws Exception {
        HttpResponse<String> response = api.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        JsonNode problem = ApiClient.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asText()).isEqualTo("No such endpoint");
        assertThat(problem.get("detail").asText()).contains(path).contains("/v3/api-docs");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "from=2024-13-01|from",
                "to=yesterday|to",
                "type=TRUCE|type",
                "limit=0|limit",
                "limit=201|limit",
                "limit=many|limit",
                "from=2024-05-10&to=2024-05-01|to"
            })
    void a_bad_date_type_or_limit_is_a_400_problem_naming_the_parameter(String query)
            throws Exception {
        String[] parts = query.split("\\|");
        HttpResponse<String> response = api.get("/api/v1/events?" + parts[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(ApiClient.parse(response.body()).get("parameter").asText()).isEqualTo(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/rounds",
                "/api/v1/rounds/" + MAY_2021,
                "/api/v1/events?round=" + MAY_2021,
                "/api/v1/events?cursor=bad",
                "/api/v1/rounds/no-such-round",
                "/api/v1/rounds/" + MAY_2021 + "/timelinejs.json",
                "/api/v1/rounds/" + MAY_2021 + "/events.csv",
                "/api/v1/rounds/" + MAY_2021 + "/events.ics",
                "/embed/ceasefire-timeline.js",
                "/v3/api-docs"
            })
    void no_api_response_sets_a_cookie(String path) throws Exception {
        HttpResponse<String> response = api.get(path, "Origin", "https://news.example");

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void a_bad_type_or_date_says_what_is_expected() throws Exception {
        assertThat(
                        ApiClient.parse(api.get("/api/v1/events?type=RESPONSE,TRUCE").body())
                                .get("detail")
                                .asText())
                .contains("TRUCE")
                .contains("one of [PROPOSAL, COUNTER_PROPOSAL");
        assertThat(
                        ApiClient.parse(api.get("/api/v1/events?from=May").body())
                                .get("detail")
                                .asText())
                .contains("an ISO date");
    }

    @Test
    void any_origin_may_read_the_api_and_its_etag() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/rounds", "Origin", "https://news.example");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("ETag");
    }

    @Test
    void the_openapi_description_lists_the_api() throws Exception {
        JsonNode docs = api.json("/v3/api-docs");

        assertThat(docs.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/rounds",
                        "/api/v1/rounds/{slug}",
                        "/api/v1/events",
                        "/api/v1/rounds/{slug}/timelinejs.json",
                        "/api/v1/rounds/{slug}/events.csv",
                        "/api/v1/rounds/{slug}/events.ics")
                .doesNotContain("/api/**");
        assertThat(docs.get("components").get("schemas").has("EventPage")).isTrue();
    }

    static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("No item with " + field + " " + value + " in " + array);
    }
}
