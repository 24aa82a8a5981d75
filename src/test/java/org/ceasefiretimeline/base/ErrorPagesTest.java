package org.ceasefiretimeline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: unknown paths redirected to the editor login, an unknown round listed every route with
 * HTTP 200, a malformed event id showed a Java stack trace. The status of a page load, here; what
 * the 404 and error pages show, in {@code ReaderIT}. Same context as {@link ApplicationSmokeTest}.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1",
            "ceasefire.import-seeds-on-start=false",
            "CEASEFIRE_ADMIN_PASSWORD=smoke-test-secret"
        })
class ErrorPagesTest {

    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html,application/xhtml+xml")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/events/20",
                "/robots.txt",
                "/rounds/no-such-round",
                "/rounds/x/events/abc",
                "/rounds/no-such-round/events/5",
                "/no/such/page"
            })
    void an_unknown_path_answers_404_with_the_apps_page_not_the_login(String path)
            throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"en\">")
                .doesNotContain("Could not navigate")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/rounds", "/events", "/login", "/test/failing-page"})
    void a_page_answers_200(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void the_favicon_exists() throws Exception {
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://localhost:"
                                                                + port
                                                                + "/favicon.ico"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(0, 0, 1, 0);
    }
}
