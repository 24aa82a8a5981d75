package org.ceasefiretimeline.embed.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.timeline.EventTypes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web component's script as another site's module loader gets it. Same context as the API's
 * HTTP tests.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embedapi;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=embed-api-secret"
        })
class EmbedScriptTest {

    @LocalServerPort int port;

    private HttpResponse<String> get(String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/embed/ceasefire-timeline.js"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_script_is_a_module_any_site_may_load_and_cache() throws Exception {
        HttpResponse<String> script = get("Origin", "https://news.example");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/javascript");
        assertThat(script.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(script.body()).contains("customElements.define(\"ceasefire-timeline\"");
        assertThat(script.body()).doesNotContain("vaadin");

        // issue 10: the component had a third copy of the event types' labels
        for (EventType type : EventType.values()) {
            assertThat(script.body())
                    .contains("\"" + type.name() + "\":\"" + EventTypes.label(type) + "\"");
        }
        for (Stance stance : Stance.values()) {
            assertThat(script.body())
                    .contains(
                            "\""
                                    + stance.name()
                                    + "\":\""
                                    + EventTypes.label(EventType.RESPONSE, stance)
                                    + "\"");
        }
        assertThat(script.body()).doesNotContain("labels */");

        String etag = script.headers().firstValue("ETag").orElseThrow();
        assertThat(get("If-None-Match", etag).statusCode()).isEqualTo(304);
    }
}
