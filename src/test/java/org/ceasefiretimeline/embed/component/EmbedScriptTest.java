package org.ceasefiretimeline.embed.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.ceasefiretimeline.embed.VersionedResponses;
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

    private HttpResponse<byte[]> bytes(String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/embed/ceasefire-timeline.js"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

    @Test
    void the_script_is_gzipped_for_clients_that_take_gzip() throws Exception {
        HttpResponse<byte[]> plain = bytes();
        HttpResponse<byte[]> zipped = bytes("Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        System.out.println(
                "SIZE component plain=" + plain.body().length + " gzip=" + zipped.body().length);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
                .isEqualTo(plain.body());
        for (HttpResponse<byte[]> response : List.of(plain, zipped)) {
            assertThat(String.join(",", response.headers().allValues("Vary")).toLowerCase())
                    .contains("accept-encoding");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValue(VersionedResponses.CACHE_CONTROL.getHeaderValue());
        }
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(bytes("Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }
}
