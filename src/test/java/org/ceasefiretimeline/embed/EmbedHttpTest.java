package org.ceasefiretimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.catalina.Context;
import org.ceasefiretimeline.editor.CorrectionService;
import org.ceasefiretimeline.editor.EventCorrection;
import org.ceasefiretimeline.editor.RoundEditing;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** The embed pages and oEmbed over real HTTP, on the seed articles. */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embed-http;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=embed-http-secret"
        })
class EmbedHttpTest {

    private static final String MAY_2021 = "2021-05-israel-hamas";

    @LocalServerPort int port;

    @Autowired TimelineService timeline;
    @Autowired CorrectionService corrections;
    @Autowired TimelineEventRepository events;
    @Autowired ServletWebServerApplicationContext context;
    @Autowired FilterRegistrationBean<EmbedResponseCache> responseCache;
    @Autowired RoundEditing roundEditing;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String oembedPath(String url, String format) {
        return "/oembed?url="
                + URLEncoder.encode(url, StandardCharsets.UTF_8)
                + (format == null ? "" : "&format=" + format);
    }

    private int activeSessions() {
        Context app =
                (Context)
                        ((TomcatWebServer) context.getWebServer())
                                .getTomcat()
                                .getHost()
                                .findChildren()[0];
        return app.getManager().getActiveSessions();
    }

    @Test
    void no_embed_or_oembed_answer_sets_a_cookie_or_opens_a_session() throws Exception {
        List<String> paths =
                List.of(
                        "/embed/rounds/" + MAY_2021,
                        "/embed/rounds/" + MAY_2021 + "?actor=Egypt&theme=dark&lang=ar",
                        "/embed/rounds",
                        "/embed/rounds/no-such-round",
                        "/embed/rounds/" + MAY_2021 + "?from=yesterday",
                        "/embed/resize.js",
                        "/embed/no-such-page",
                        oembedPath(base() + "/rounds/" + MAY_2021, null),
                        oembedPath("https://elsewhere.example/rounds/" + MAY_2021, null),
                        oembedPath(base() + "/rounds/" + MAY_2021, "xml"),
                        "/api/v1/no-such-endpoint");
        int before = activeSessions();
        // twice: rendered, then from the response cache
        for (int i = 0; i < 2; i++) {
            for (String path : paths) {
                HttpResponse<String> response = get(path);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
                assertThat(response.statusCode()).as(path).isNotEqualTo(500);
            }
        }
        HttpResponse<String> post =
                http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/embed/rounds/" + MAY_2021))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(activeSessions()).isEqualTo(before);
    }

    @Test
    void a_round_shows_each_event_with_date_phrase_precision_actors_sentence_and_article_link()
            throws Exception {
        HttpResponse<String> response = get("/embed/rounds/" + MAY_2021);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String page = response.body();
        List<EventView> all = timeline.round(MAY_2021).orElseThrow().events();
        assertThat(all).isNotEmpty();
        for (EventView e : all) {
            assertThat(page).contains("id=\"event-" + e.id() + "\"");
        }
        assertThat(page)
                .contains("<q class=\"phrase\"")
                .contains("midnight Thursday")
                .contains("Known to: the ")
                .contains("Egypt")
                .contains("<blockquote")
                .contains("#:~:text=")
                .contains("Proposals and answers")
                .doesNotContain("<script src")
                .contains("<style>");
        assertThat(page.indexOf("id=\"proposals\"")).isLessThan(page.indexOf("id=\"timeline\""));
    }

    @Test
    void the_page_says_how_it_may_be_cached_and_framed_and_is_gzipped() throws Exception {
        HttpResponse<byte[]> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/embed/rounds/" + MAY_2021))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValue("max-age=60, public, stale-while-revalidate=600");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("frame-ancestors 'self' *");
        String page =
                new String(
                        new GZIPInputStream(new ByteArrayInputStream(response.body()))
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        assertThat(page).contains("<!DOCTYPE html>");
    }

    @Test
    void a_matching_etag_or_date_gets_304_without_a_body() throws Exception {
        HttpResponse<String> first = get("/embed/rounds/" + MAY_2021);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = get("/embed/rounds/" + MAY_2021, "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(byTag.headers().firstValue("Cache-Control")).isPresent();

        assertThat(get("/embed/rounds/" + MAY_2021, "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(get("/embed/rounds/" + MAY_2021, "If-None-Match", "W/\"0\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_editors_correction_changes_the_etag_and_shows_in_the_page_at_once() throws Exception {
        String slug = "2024-05-israel-hamas";
        String api = "/api/v1/events?round=" + slug + "&limit=200";
        // twice, so the second answer (and the one the correction must replace) is a kept one
        get("/embed/rounds/" + slug);
        getGzipped("/embed/rounds/" + slug);
        get(api);
        HttpResponse<String> before = get("/embed/rounds/" + slug);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(getGzipped("/embed/rounds/" + slug)).isEqualTo(before.body());
        assertThat(get(api).body()).doesNotContain("\"corrected\":true");
        var suspension =
                events.findAll().stream()
                        .filter(
                                e ->
                                        e.getRound() != null
                                                && e.getRound().getSlug().equals(slug)
                                                && e.getType() == EventType.TALKS_SUSPENDED)
                        .findFirst()
                        .orElseThrow();
        assertThat(before.body()).doesNotContain("datetime=\"2024-05-29\"");
        LocalDate day = LocalDate.of(2024, 5, 29);
        corrections.correct(
                suspension.getId(),
                suspension.getVersion(),
                new EventCorrection(
                        day.atStartOfDay(),
                        day.atStartOfDay(),
                        Precision.DAY,
                        suspension.getType(),
                        suspension.getStance(),
                        suspension.actorNames(),
                        null,
                        slug),
                "the talks broke off a day later",
                "embed-test");

        HttpResponse<String> after = get("/embed/rounds/" + slug, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
        assertThat(after.body())
                .contains("datetime=\"2024-05-29\"")
                .contains("corrected by an editor");
        assertThat(getGzipped("/embed/rounds/" + slug)).isEqualTo(after.body());
        HttpResponse<String> apiAfter = get(api, "If-None-Match", etag);
        assertThat(apiAfter.statusCode()).isEqualTo(200);
        assertThat(apiAfter.body()).contains("\"corrected\":true");
    }

    private String getGzipped(String path) throws Exception {
        HttpResponse<byte[]> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        return new String(
                new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first answer is made through the handlers, the second sent from the response cache. */
    @Test
    void a_kept_answer_is_the_rendered_one_byte_for_byte_with_the_same_headers() throws Exception {
        List<String> paths =
                List.of(
                        "/embed/rounds/" + MAY_2021 + "?theme=dark",
                        "/embed/rounds",
                        "/api/v1/events?round=" + MAY_2021,
                        "/api/v1/rounds/" + MAY_2021,
                        "/api/v1/rounds/" + MAY_2021 + "/events.csv",
                        oembedPath(base() + "/rounds/" + MAY_2021, null));
        String[][] variants = {
            {"Accept", "*/*"},
            {"Accept-Encoding", "gzip"},
            {"Accept-Encoding", "gzip", "Origin", "https://news.example"},
            {"Origin", "https://news.example"}
        };
        for (String path : paths) {
            for (String[] headers : variants) {
                responseCache.getFilter().clear();
                HttpResponse<byte[]> rendered = getBytes(path, headers);
                HttpResponse<byte[]> kept = getBytes(path, headers);
                assertThat(responseCache.getFilter().size()).as(path).isPositive();
                String what = path + " " + String.join(" ", headers);
                assertThat(rendered.statusCode()).as(what).isEqualTo(200);
                assertThat(kept.statusCode()).as(what).isEqualTo(200);
                assertThat(kept.body()).as(what).isEqualTo(rendered.body());
                var renderedHeaders = new java.util.TreeMap<>(rendered.headers().map());
                var keptHeaders = new java.util.TreeMap<>(kept.headers().map());
                renderedHeaders.remove("date");
                keptHeaders.remove("date");
                assertThat(keptHeaders).as(what).isEqualTo(renderedHeaders);
                assertThat(kept.headers().allValues("Set-Cookie")).as(what).isEmpty();
                HttpResponse<byte[]> revalidated =
                        getBytes(
                                path,
                                "If-None-Match",
                                kept.headers().firstValue("ETag").orElseThrow());
                assertThat(revalidated.statusCode()).as(what).isEqualTo(304);
                assertThat(revalidated.body()).as(what).isEmpty();
            }
        }
    }

    @Test
    void filters_theme_and_language_shape_the_page() throws Exception {
        String page = get("/embed/rounds/" + MAY_2021 + "?type=RESPONSE&theme=dark&lang=ar").body();
        assertThat(page).contains("dir=\"rtl\"").contains("lang=\"ar\"");
        assertThat(page).contains("data-theme=\"dark\"");
        assertThat(page).contains("المقترحات والردود");
        List<EventView> responses =
                timeline.round(MAY_2021).orElseThrow().events().stream()
                        .filter(e -> e.type() == EventType.RESPONSE)
                        .toList();
        List<EventView> others =
                timeline.round(MAY_2021).orElseThrow().events().stream()
                        .filter(e -> e.type() != EventType.RESPONSE)
                        .toList();
        assertThat(responses).isNotEmpty();
        assertThat(others).isNotEmpty();
        responses.forEach(e -> assertThat(page).contains("id=\"event-" + e.id() + "\""));
        others.forEach(e -> assertThat(page).doesNotContain("id=\"event-" + e.id() + "\""));

        EventView first = timeline.round(MAY_2021).orElseThrow().events().get(0);
        String oneDay =
                get("/embed/rounds/" + MAY_2021 + "?from=" + first.day() + "&to=" + first.day())
                        .body();
        assertThat(oneDay).contains("id=\"day-" + first.day() + "\"");
        assertThat(oneDay).containsOnlyOnce("class=\"day\"");
        assertThat(get("/embed/rounds/" + MAY_2021 + "?to=2021-05-01&from=2021-05-09").statusCode())
                .isEqualTo(400);
        assertThat(get("/embed/rounds/" + MAY_2021 + "?type=RUMOUR").statusCode()).isEqualTo(400);
    }

    @Test
    void the_rounds_page_links_every_round_to_its_embed_page() throws Exception {
        String page = get("/embed/rounds?theme=dark").body();
        timeline.rounds()
                .forEach(
                        r ->
                                assertThat(page)
                                        .contains("href=\"rounds/" + r.slug() + "?theme=dark\""));
        assertThat(get("/embed/rounds/no-such-round").statusCode()).isEqualTo(404);
    }

    @Test
    void oembed_describes_our_round_pages_as_a_rich_iframe() throws Exception {
        HttpResponse<String> response =
                get(
                        oembedPath(base() + "/rounds/" + MAY_2021, "json")
                                + "&maxwidth=500&maxheight=400");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = new ObjectMapper().readTree(response.body());
        assertThat(answer.get("version").asText()).isEqualTo("1.0");
        assertThat(answer.get("type").asText()).isEqualTo("rich");
        assertThat(answer.get("width").asInt()).isEqualTo(500);
        assertThat(answer.get("height").asInt()).isEqualTo(400);
        assertThat(answer.get("title").asText())
                .isEqualTo(timeline.round(MAY_2021).orElseThrow().summary().name());
        assertThat(answer.get("provider_name").asText()).isEqualTo("Ceasefire Timeline");
        assertThat(answer.get("provider_url").asText()).isEqualTo(base() + "/");
        assertThat(answer.get("cache_age").asLong()).isPositive();
        assertThat(answer.get("html").asText())
                .startsWith("<iframe src=\"" + base() + "/embed/rounds/" + MAY_2021 + "\"")
                .contains("data-ceasefire-timeline")
                .contains("<script async src=\"" + base() + "/embed/resize.js\"></script>");

        JsonNode deepLink =
                new ObjectMapper()
                        .readTree(
                                get(oembedPath(
                                                base()
                                                        + "/embed/rounds/"
                                                        + MAY_2021
                                                        + "?theme=dark#event-7",
                                                null))
                                        .body());
        assertThat(deepLink.get("html").asText())
                .contains("/embed/rounds/" + MAY_2021 + "?theme=dark#event-7");
    }

    @Test
    void both_pages_of_a_round_carry_the_oembed_link_and_preview_tags() throws Exception {
        String oembedLink =
                "type=\"application/json+oembed\" href=\""
                        + base()
                        + "/oembed?format=json&amp;url=";
        for (String path : new String[] {"/rounds/" + MAY_2021, "/embed/rounds/" + MAY_2021}) {
            String page = get(path).body();
            assertThat(page)
                    .as(path)
                    .contains(oembedLink)
                    .contains("<meta name=\"description\" content=\"")
                    .contains("<meta property=\"og:title\" content=\"")
                    .contains(
                            "<meta property=\"og:url\" content=\"" + base() + "/rounds/" + MAY_2021)
                    .contains("<meta name=\"twitter:card\" content=\"summary\"");
        }
        // issue 10: every page, not only a round's, has a description and Open Graph tags
        for (String path : new String[] {"/", "/events", "/login"}) {
            assertThat(get(path).body())
                    .as(path)
                    .contains("<meta name=\"description\" content=\"")
                    .contains("<meta property=\"og:title\" content=\"Ceasefire Timeline\"")
                    .contains("<meta property=\"og:description\" content=\"");
        }
    }

    @Test
    void oembed_answers_404_for_other_addresses_and_501_for_xml() throws Exception {
        assertThat(
                        get(oembedPath("https://elsewhere.example/rounds/" + MAY_2021, null))
                                .statusCode())
                .isEqualTo(404);
        assertThat(get(oembedPath(base() + "/rounds/no-such-round", null)).statusCode())
                .isEqualTo(404);
        assertThat(get(oembedPath(base() + "/editor", null)).statusCode()).isEqualTo(404);
        assertThat(get(oembedPath(base() + "/rounds/" + MAY_2021, "xml")).statusCode())
                .isEqualTo(501);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxwidth", "maxheight"})
    void oembed_answers_a_size_that_is_no_number_with_a_400_problem_naming_it(String parameter)
            throws Exception {
        HttpResponse<String> response =
                get(oembedPath(base() + "/rounds/" + MAY_2021, null) + "&" + parameter + "=abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText())
                .isEqualTo("Invalid parameter '" + parameter + "'");
        assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText())
                .isEqualTo("'abc' is not a valid '" + parameter + "': expected a whole number");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/embed/round/does-not-exist",
                "/embed/rounds/" + MAY_2021 + "/events",
                "/embed/no-such-page"
            })
    void an_unknown_embed_path_gets_the_embeds_own_404_page(String path) throws Exception {
        HttpResponse<String> noRound = get("/embed/rounds/no-such-round");
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .isEqualTo(noRound.headers().firstValue("Content-Type"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .isEqualTo(noRound.headers().firstValue("Cache-Control"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).isEqualTo(noRound.body()).contains("No such round");
        // the host page's language, as on a round's page
        assertThat(get(path + "?lang=ar").body()).contains("dir=\"rtl\"");
        // the path is wrong, whatever the query says
        assertThat(get(path + "?theme=purple").statusCode()).isEqualTo(404);
    }

    @Test
    void the_resize_script_is_gzipped_for_clients_that_take_gzip() throws Exception {
        HttpResponse<byte[]> plain = getBytes("/embed/resize.js");
        HttpResponse<byte[]> zipped = getBytes("/embed/resize.js", "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        System.out.println(
                "SIZE resize plain=" + plain.body().length + " gzip=" + zipped.body().length);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
                .isEqualTo(plain.body());
        for (HttpResponse<byte[]> response : List.of(plain, zipped)) {
            assertThat(String.join(",", response.headers().allValues("Vary")).toLowerCase())
                    .contains("accept-encoding");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValue("max-age=3600, public, stale-while-revalidate=86400");
        }
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(
                        getBytes(
                                        "/embed/resize.js",
                                        "Accept-Encoding",
                                        "gzip",
                                        "If-None-Match",
                                        etag)
                                .statusCode())
                .isEqualTo(304);
    }

    @Test
    void a_merged_rounds_old_slug_redirects_to_the_kept_rounds_embed_api_and_oembed()
            throws Exception {
        String kept = "2024-02-israel-hamas";
        String old = "2023-05-israel-palestinian-islamic-jihad";
        // seen before the merge: the kept answer must not hide the redirect
        assertThat(get("/embed/rounds/" + old).statusCode()).isEqualTo(200);
        long merge = roundEditing.merge(kept, old, "embed redirect test", "embed-test").getId();
        try {
            String[][] redirects = {
                {"/embed/rounds/" + old, "/embed/rounds/" + kept},
                {
                    "/embed/rounds/" + old + "?theme=dark&lang=ar",
                    "/embed/rounds/" + kept + "?theme=dark&lang=ar"
                },
                {"/api/v1/rounds/" + old, "/api/v1/rounds/" + kept},
                {"/api/v1/rounds/" + old + "/events.csv", "/api/v1/rounds/" + kept + "/events.csv"},
                {"/api/v1/rounds/" + old + "/events.ics", "/api/v1/rounds/" + kept + "/events.ics"},
                {
                    "/api/v1/rounds/" + old + "/timelinejs.json",
                    "/api/v1/rounds/" + kept + "/timelinejs.json"
                },
                {
                    "/api/v1/events?limit=5&round=" + old + "&type=PROPOSAL",
                    "/api/v1/events?limit=5&round=" + kept + "&type=PROPOSAL"
                }
            };
            for (String[] redirect : redirects) {
                HttpResponse<String> response = get(redirect[0], "Origin", "https://news.example");
                assertThat(response.statusCode()).as(redirect[0]).isEqualTo(301);
                assertThat(response.headers().firstValue("Location"))
                        .as(redirect[0])
                        .hasValueSatisfying(l -> assertThat(l).endsWith(redirect[1]));
                assertThat(response.headers().allValues("Set-Cookie")).as(redirect[0]).isEmpty();
                if (redirect[0].startsWith("/api/")) {
                    // so that a script on a news site may follow it
                    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                            .as(redirect[0])
                            .hasValue("*");
                }
                assertThat(get(redirect[1]).statusCode()).as(redirect[1]).isEqualTo(200);
            }

            JsonNode answer =
                    new ObjectMapper()
                            .readTree(
                                    get(oembedPath(
                                                    base() + "/embed/rounds/" + old + "#event-7",
                                                    null))
                                            .body());
            assertThat(answer.get("title").asText())
                    .isEqualTo(timeline.round(kept).orElseThrow().summary().name());
            assertThat(answer.get("html").asText())
                    .contains("/embed/rounds/" + kept + "#event-7")
                    .doesNotContain(old);
            assertThat(get(oembedPath(base() + "/rounds/" + old, null)).statusCode())
                    .isEqualTo(200);

            assertThat(get("/embed/rounds/no-such-round").statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/rounds/no-such-round").statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/events?round=no-such-round").statusCode()).isEqualTo(404);
        } finally {
            roundEditing.undoMerge(merge, "embed-test");
        }
        assertThat(get("/embed/rounds/" + old).statusCode()).isEqualTo(200);
    }
}
