package org.ceasefiretimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.Browser;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embed in real headless Chromium, inside a host page served from another origin: it loads,
 * grows to its content, opens a deep-linked event and tells the host which event a reader opened.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embed-it;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=embed-it-secret",
            "vaadin.devmode.devTools.enabled=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedIT {

    private static final String MAY_2024 = "2024-05-israel-hamas";

    @LocalServerPort int port;

    @Autowired TimelineService timeline;

    Browser browser;
    HostPageServer host;
    List<EventView> events;

    private String app() {
        return "http://localhost:" + port;
    }

    @BeforeAll
    void start() throws Exception {
        events = timeline.round(MAY_2024).orElseThrow().events();
        EventView last = events.get(events.size() - 1);
        String embed = app() + "/embed/rounds/" + MAY_2024;
        host =
                new HostPageServer(
                        Map.of(
                                "/article",
                                HostPageServer.article(embed, app(), ""),
                                "/deep-link",
                                HostPageServer.article(
                                        embed + "#event-" + last.id(),
                                        app(),
                                        "<iframe id=\"pym\" title=\"Pym child\" src=\""
                                                + embed
                                                + "?childId=ct1\" height=\"100\"></iframe>")));
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
        host.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    private long frameHeight() {
        return (Long)
                browser.js("return Math.round(document.getElementById('timeline').offsetHeight)");
    }

    /** The embedded page's own height, read inside the iframe. */
    private long contentHeight() {
        WebElement frame = browser.driver().findElement(By.id("timeline"));
        browser.driver().switchTo().frame(frame);
        try {
            return (Long)
                    browser.js(
                            "return Math.ceil(document.documentElement.getBoundingClientRect().height)");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void the_iframe_loads_on_another_origin_and_grows_to_its_content() throws Exception {
        for (int width : new int[] {1280, 375}) {
            browser.width(width, 900);
            browser.driver().get(host.url("/article"));
            waiting().until(d -> frameHeight() > 300);
            waiting().until(d -> Math.abs(frameHeight() - contentHeight()) <= 2);
            assertThat(frameHeight()).isGreaterThan(1000);
            browser.driver().switchTo().frame(browser.driver().findElement(By.id("timeline")));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo(timeline.round(MAY_2024).orElseThrow().summary().name());
            Long sideways =
                    (Long)
                            browser.js(
                                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(sideways).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(1L);
            browser.driver().switchTo().defaultContent();
            browser.screenshot("embed-host-" + width);
        }
        browser.width(1280, 1000);
    }

    @Test
    void a_deep_link_opens_its_event_and_the_host_learns_the_hash_and_each_clicked_one()
            throws Exception {
        EventView last = events.get(events.size() - 1);
        browser.width(1280, 900);
        browser.driver().get(host.url("/deep-link"));
        waiting()
                .until(
                        d ->
                                ((List<?>) browser.js("return window.hostLog"))
                                        .contains("#event-" + last.id()));
        // the host scrolled down to the event, which the iframe cannot do across origins
        assertThat((Long) browser.js("return Math.round(window.scrollY)")).isPositive();
        browser.screenshot("embed-deep-link");
        browser.driver().switchTo().frame(browser.driver().findElement(By.id("timeline")));
        WebElement opened = browser.driver().findElement(By.id("event-" + last.id()));
        assertThat(opened.getAttribute("class")).contains("highlight");
        // Chromium may refuse focus to a cross-origin frame the reader has not touched
        assertThat(opened.getAttribute("aria-current")).isEqualTo("true");

        EventView first = events.get(0);
        WebElement other = browser.driver().findElement(By.id("event-" + first.id()));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", other);
        other.findElement(By.tagName("time")).click();
        assertThat(browser.js("return location.hash")).isEqualTo("#event-" + first.id());
        assertThat(other.getAttribute("class")).contains("highlight");
        assertThat(opened.getAttribute("class")).doesNotContain("highlight");
        assertThat(opened.getAttribute("aria-current")).isNull();
        assertThat(other.getAttribute("aria-current")).isEqualTo("true");
        browser.driver().switchTo().defaultContent();
        waiting()
                .until(
                        d ->
                                ((List<?>) browser.js("return window.hostLog"))
                                        .contains("#event-" + first.id()));

        // a host page with Pym.js gets the height in Pym's own message format
        waiting()
                .until(
                        d ->
                                ((List<?>) browser.js("return window.pymLog"))
                                        .stream()
                                                .anyMatch(
                                                        m ->
                                                                m.toString()
                                                                        .matches(
                                                                                "pymxPYMxct1xPYMxheightxPYMx\\d+")));
    }

    @Test
    void the_embed_page_has_no_serious_accessibility_violation_in_either_theme_or_direction()
            throws Exception {
        for (String query : new String[] {"", "?theme=dark&lang=ar", "?type=RESPONSE"}) {
            browser.driver().get(app() + "/embed/rounds/" + MAY_2024 + query);
            browser.await(By.id("timeline"));
            assertThat(browser.seriousAccessibilityViolations()).as(query).isEmpty();
        }
        browser.driver().get(app() + "/embed/rounds");
        browser.await(By.tagName("h1"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void the_embed_dialog_of_a_round_page_gives_the_codes_and_a_live_preview() throws Exception {
        browser.width(1280, 1000);
        browser.open("rounds/" + MAY_2024);
        WebElement toggle = browser.await(By.id("embed-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        browser.await(By.id("embed-panel"));
        waiting().until(d -> "true".equals(toggle.getAttribute("aria-expanded")));
        String iframeCode =
                (String) browser.js("return document.getElementById('embed-iframe-code').value");
        String oembedUrl =
                (String) browser.js("return document.getElementById('embed-oembed-url').value");
        String component =
                (String)
                        browser.js(
                                "return document.getElementById('embed-web-component-code').value");
        assertThat(oembedUrl)
                .isEqualTo(
                        app()
                                + "/oembed?format=json&url="
                                + URLEncoder.encode(
                                        app() + "/rounds/" + MAY_2024, StandardCharsets.UTF_8));
        // the copied iframe is exactly what oEmbed gives a CMS
        String oembed =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(oembedUrl)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        assertThat(
                        new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(oembed)
                                .get("html")
                                .asText())
                .isEqualTo(iframeCode);
        assertThat(component)
                .contains("/embed/ceasefire-timeline.js")
                .contains("<ceasefire-timeline round=\"" + MAY_2024 + "\"");

        WebElement preview = browser.await(By.id("embed-preview"));
        browser.driver().switchTo().frame(preview);
        assertThat(browser.await(By.tagName("h1")).getText())
                .isEqualTo(timeline.round(MAY_2024).orElseThrow().summary().name());
        browser.driver().switchTo().defaultContent();
        browser.screenshot("embed-dialog");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(events.stream().anyMatch(e -> e.type() == EventType.PROPOSAL)).isTrue();
    }
}
