package org.ceasefiretimeline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: unknown paths redirected to the editor login, an unknown round listed every route with HTTP 200, a
 * malformed event id showed a Java stack trace. Same context as {@link ApplicationSmokeTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1", "ceasefire.import-seeds-on-start=false",
        "CEASEFIRE_ADMIN_PASSWORD=smoke-test-secret"})
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events/20", "/robots.txt", "/rounds/no-such-round", "/rounds/x/events/abc",
            "/rounds/no-such-round/events/5", "/no/such/page"})
    void an_unknown_path_is_a_404_page_with_the_site_header_and_a_link_home(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("app-title").contains("Go to the rounds of talks")
                .doesNotContain("Could not navigate").doesNotContain("Available routes").doesNotContain("login")
                .doesNotContain("Exception");
    }

    @Test
    void a_page_that_fails_is_a_plain_error_page_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/test/failing-page");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong").contains("app-title")
                .contains("Go to the rounds of talks").doesNotContain("IllegalStateException")
                .doesNotContain("failing on purpose").doesNotContain("at org.");
    }

    @Test
    void the_favicon_exists() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(0, 0, 1, 0);
    }
}
