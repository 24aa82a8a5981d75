package org.ceasefiretimeline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health endpoint over real HTTP, anonymously: status and database readiness, and nothing else
 * exposed.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:health;DB_CLOSE_DELAY=-1",
            "ceasefire.import-seeds-on-start=false"
        })
class HealthEndpointTest {

    @LocalServerPort int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void health_is_up_for_anyone_without_details() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(body.has("details")).isFalse();
    }

    @Test
    void readiness_includes_the_database() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/db/details").isMissingNode())
                .as("no database details")
                .isTrue();
        assertThat(body.at("/components/readinessState/status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void no_other_actuator_endpoint_is_reachable_without_login() throws Exception {
        for (String path :
                new String[] {
                    "/actuator",
                    "/actuator/env",
                    "/actuator/beans",
                    "/actuator/info",
                    "/actuator/metrics",
                    "/actuator/loggers",
                    "/actuator/heapdump",
                    "/actuator/threaddump",
                    "/actuator/mappings",
                    "/actuator/configprops"
                }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("\"_links\"", "propertySources", "contexts");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
