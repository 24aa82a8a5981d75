package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What an anonymous visitor can and cannot reach, over real HTTP. */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:security;DB_CLOSE_DELAY=-1",
            "ceasefire.import-seeds-on-start=false",
            "CEASEFIRE_ADMIN_PASSWORD=correct-horse-battery"
        })
@AutoConfigureMockMvc
class EditorSecurityTest {

    @LocalServerPort int port;

    @Autowired EditorAccountRepository accounts;

    @Autowired MockMvc mvc;

    @Autowired LoginAttempts attempts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymous_visitors_to_editor_pages_are_sent_to_the_login_form() throws Exception {
        HttpResponse<String> response = get("/editor");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_login_post_without_the_csrf_token_does_not_log_in() throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "username=admin&password=correct-horse-battery"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        String cookie = response.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        HttpResponse<String> editor =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor"))
                                .header("Cookie", cookie)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(editor.statusCode()).isEqualTo(302);
        assertThat(editor.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void reader_pages_may_be_framed_by_this_site_only() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self'"));
    }

    @Test
    void editor_pages_and_the_login_page_may_never_be_framed() throws Exception {
        for (String path : new String[] {"/login", "/editor", "/editor/rounds"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .containsExactly("frame-ancestors 'none'");
        }
    }

    @Test
    void
            the_first_editor_comes_from_the_environment_with_a_bcrypt_hash_and_no_default_user_exists() {
        assertThat(accounts.findAll())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.getUsername()).isEqualTo("admin");
                            assertThat(a.getPasswordHash())
                                    .startsWith("$2")
                                    .doesNotContain("correct-horse-battery");
                        });
    }

    @Test
    void a_wrong_password_from_one_client_does_not_stop_the_right_one_from_another()
            throws Exception {
        String guesser = "203.0.113.66";
        for (int i = 0; i < LoginAttempts.FREE_FAILURES; i++) {
            assertThat(login("admin", "guess-" + i, guesser).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        MvcResult delayed = login("admin", "another-guess", guesser);
        assertThat(delayed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(
                        delayed.getRequest()
                                .getSession()
                                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(
                        LoginDelayedException.class, e -> assertThat(e.wrongPassword()).isTrue());
        MvcResult refused = login("admin", "correct-horse-battery", guesser);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(
                        refused.getRequest()
                                .getSession()
                                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(
                        LoginDelayedException.class,
                        e -> {
                            assertThat(e.wrongPassword()).isFalse();
                            assertThat(LoginView.delayMessage(e)[1])
                                    .containsPattern("try again in [1-5] seconds?\\.");
                        });

        MvcResult editor = login("admin", "correct-horse-battery", "198.51.100.23");
        // issue 10: a login that no editor page led to went to the reader's home
        assertThat(editor.getResponse().getRedirectedUrl()).isEqualTo("/editor");
        assertThat(
                        editor.getRequest()
                                .getSession()
                                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNull();
        assertThat(attempts.recentFailures("admin"))
                .extracting(LoginAttempts.Failure::address)
                .contains(guesser)
                .doesNotContain("198.51.100.23");
    }

    private MvcResult login(String username, String password, String address) throws Exception {
        RequestPostProcessor from =
                request -> {
                    request.setRemoteAddr(address);
                    return request;
                };
        return mvc.perform(
                        post("/login")
                                .param("username", username)
                                .param("password", password)
                                .session(new MockHttpSession())
                                .with(csrf())
                                .with(from))
                .andReturn();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
