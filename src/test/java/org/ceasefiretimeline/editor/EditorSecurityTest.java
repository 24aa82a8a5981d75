package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an anonymous visitor can and cannot reach, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security;DB_CLOSE_DELAY=-1", "ceasefire.import-seeds-on-start=false",
        "CEASEFIRE_ADMIN_PASSWORD=correct-horse-battery"})
class EditorSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    EditorAccountRepository accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymous_visitors_to_editor_pages_are_sent_to_the_login_form() throws Exception {
        HttpResponse<String> response = get("/editor");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_login_post_without_the_csrf_token_does_not_log_in() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=correct-horse-battery")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        String cookie = response.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        HttpResponse<String> editor = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(editor.statusCode()).isEqualTo(302);
        assertThat(editor.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void pages_refuse_to_be_framed_by_other_sites() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'self'"));
    }

    @Test
    void the_first_editor_comes_from_the_environment_with_a_bcrypt_hash_and_no_default_user_exists() {
        assertThat(accounts.findAll()).singleElement().satisfies(a -> {
            assertThat(a.getUsername()).isEqualTo("admin");
            assertThat(a.getPasswordHash()).startsWith("$2").doesNotContain("correct-horse-battery");
        });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
