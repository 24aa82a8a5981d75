package org.ceasefiretimeline.embed.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exports read back by other tools' parsers: commons-csv and ical4j. Same context as {@link
 * JsonApiTest}.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embedapi;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=embed-api-secret"
        })
class ExportsTest {

    static final String MAY_2021 = JsonApiTest.MAY_2021;

    @LocalServerPort int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The round's events as the JSON API gives them, by id. */
    private Map<String, JsonNode> apiEvents(String slug) throws Exception {
        Map<String, JsonNode> byId = new HashMap<>();
        api.json("/api/v1/events?limit=200&round=" + slug)
                .get("events")
                .forEach(e -> byId.put(e.get("id").asText(), e));
        return byId;
    }

    @Test
    void the_csv_parses_back_to_one_row_per_event_with_the_apis_values() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/rounds/" + MAY_2021 + "/events.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains(MAY_2021 + ".csv");
        assertThat(response.body()).contains("\r\n");

        List<CSVRecord> rows =
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(response.body()))
                        .getRecords();

        Map<String, JsonNode> events = apiEvents(MAY_2021);
        assertThat(rows).hasSize(events.size());
        for (CSVRecord row : rows) {
            JsonNode event = events.get(row.get("id"));
            assertThat(row.get("type")).isEqualTo(event.get("type").asText());
            assertThat(row.get("phrase")).isEqualTo(event.path("phrase").asText(""));
            List<String> sentences = new ArrayList<>();
            event.get("sources").forEach(s -> sentences.add(s.get("sentence").asText()));
            assertThat(row.get("sentences")).isEqualTo(String.join("\n", sentences));
            assertThat(row.get("corrected")).isEqualTo(event.get("corrected").asText());
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get("sentences")).contains(","));
    }

    @Test
    void the_ics_parses_back_with_timed_events_in_their_zone_and_all_day_ones_by_date()
            throws Exception {
        int timed = 0;
        for (JsonNode round : api.json("/api/v1/rounds").get("rounds")) {
            timed += checkIcs(round.get("slug").asText());
        }
        assertThat(timed).as("timed events across the seed rounds").isPositive();
    }

    /**
     * @return how many of the round's events are timed
     */
    private int checkIcs(String slug) throws Exception {
        HttpResponse<String> response = api.get("/api/v1/rounds/" + slug + "/events.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/calendar");

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();

        Map<String, JsonNode> events = apiEvents(slug);
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        long dated = events.values().stream().filter(e -> !e.get("date").isNull()).count();
        assertThat(vevents).hasSize((int) dated);
        int timed = 0;
        for (VEvent vevent : vevents) {
            String uid = vevent.getUid().orElseThrow().getValue();
            JsonNode event = events.get(uid.substring("event-".length(), uid.indexOf('@')));
            String precision = event.get("precision").asText();
            Property start = vevent.getProperty(Property.DTSTART).orElseThrow();
            String date = event.get("date").asText();
            if (precision.equals("TIME") || precision.equals("PART_OF_DAY")) {
                timed++;
                assertThat(start.getParameter("TZID").orElseThrow().getValue())
                        .isEqualTo(event.get("timezone").asText());
                assertThat(start.getValue())
                        .isEqualTo(date.replace("-", "").replace(":", "").substring(0, 15));
            } else {
                assertThat(start.getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
                assertThat(start.getValue()).isEqualTo(date.substring(0, 10).replace("-", ""));
            }
        }
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(timed > 0 ? 1 : 0);
        return timed;
    }

    @Test
    void the_timelinejs_export_has_a_slide_per_dated_event_and_an_era_for_the_round()
            throws Exception {
        JsonNode doc = api.json("/api/v1/rounds/" + MAY_2021 + "/timelinejs.json");

        long dated =
                apiEvents(MAY_2021).values().stream().filter(e -> !e.get("date").isNull()).count();
        assertThat(doc.get("events")).hasSize((int) dated);
        assertThat(doc.get("eras")).hasSize(1);
        assertThat(doc.get("title").get("text").get("headline").asText()).isNotBlank();
        JsonNode slide = doc.get("events").get(0);
        assertThat(slide.get("start_date").get("year").asInt()).isEqualTo(2021);
        assertThat(slide.get("display_date").asText()).isNotBlank();
        assertThat(slide.get("group").asText()).isNotBlank();
    }
}
