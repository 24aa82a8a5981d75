package org.ceasefiretimeline.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reader's pages in real headless Chromium, on the seed articles. */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:reader;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=reader-it-secret",
            // the tests run in development mode: its dev tools (Copilot) would sit over the page
            // and take clicks
            "vaadin.devmode.devTools.enabled=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderIT {

    private static final String MAY_2021 = "2021-05-israel-hamas";

    @LocalServerPort int port;

    @Autowired TimelineService timeline;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void the_home_page_lists_the_seed_rounds_with_their_mediators() throws Exception {
        browser.open("");
        WebElement rounds = browser.await(By.id("rounds"));
        String text = rounds.getText();
        assertThat(text).contains("2021").contains("2023").contains("2024");
        assertThat(text).contains("Egypt").contains("Qatar").contains("United States");
        assertThat(text).contains("Palestinian Islamic Jihad");
        browser.screenshot("home");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void a_round_shows_the_egyptian_proposal_once_with_both_answers_and_two_sources()
            throws Exception {
        browser.open("rounds/" + MAY_2021);
        WebElement threads = browser.await(By.id("threads"));
        assertThat(browser.driver().findElements(By.cssSelector("#threads .ct-thread"))).hasSize(1);
        String thread = threads.getText();
        assertThat(thread)
                .containsIgnoringCase("Proposal")
                .contains("Egypt")
                .contains("yearlong truce");
        assertThat(thread).containsIgnoringCase("Rejected").containsIgnoringCase("Accepted");
        assertThat(thread).contains("The Times of Israel").contains("Hamodia");
        assertThat(thread).contains("“midnight Thursday”");
        browser.screenshot("round-2021");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void filtering_by_actor_keeps_only_that_actors_events() throws Exception {
        browser.open("rounds/" + MAY_2021);
        browser.await(By.id("timeline"));
        int before = browser.driver().findElements(By.cssSelector("#timeline .ct-event")).size();
        WebElement input = browser.await(By.cssSelector("#filter-actors input"));
        input.click();
        input.sendKeys("Egypt");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        browser.js(
                                                "return document.querySelector('#filter-actors').opened === true")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#timeline .ct-event")).size() < before);
        var shown = browser.driver().findElements(By.cssSelector("#timeline .ct-event .ct-actors"));
        assertThat(shown)
                .isNotEmpty()
                .allSatisfy(actors -> assertThat(actors.getText()).contains("Egypt"));
        browser.screenshot("round-2021-filtered-egypt");
    }

    @Test
    void a_deep_link_scrolls_to_the_event_and_highlights_it() throws Exception {
        long hamasAccepts =
                timeline.round(MAY_2021).orElseThrow().events().stream()
                        .filter(e -> e.type() == EventType.RESPONSE && e.stance() == Stance.ACCEPT)
                        .findFirst()
                        .orElseThrow()
                        .id();
        browser.open("rounds/" + MAY_2021 + "/events/" + hamasAccepts);
        WebElement event = browser.await(By.id("event-" + hamasAccepts));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> event.getAttribute("class").contains("ct-highlight"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        browser.js(
                                                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                                                event)));
        assertThat(browser.js("return document.activeElement.id"))
                .isEqualTo("event-" + hamasAccepts);
        browser.screenshot("deep-link");
    }

    @Test
    void pages_fit_a_375_pixel_phone_without_sideways_scrolling() throws Exception {
        browser.width(375, 800);
        try {
            browser.open("rounds/" + MAY_2021);
            browser.await(By.id("timeline"));
            Long overflow =
                    (Long)
                            browser.js(
                                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).isLessThanOrEqualTo(1L);
            browser.screenshot("round-2021-375px");
        } finally {
            browser.width(1280, 1000);
        }
    }

    /**
     * Issue 10: a 404 page in the site's frame with a way home, for any unknown path, never a route
     * list or a trace.
     */
    @Test
    void unknown_paths_show_the_not_found_page_with_the_header_and_a_link_home() throws Exception {
        for (String path :
                new String[] {
                    "events/20", "robots.txt", "rounds/no-such-round", "rounds/x/events/abc"
                }) {
            browser.open(path);
            WebElement page = browser.await(By.id("not-found"));
            assertThat(page.getText())
                    .contains("Page not found")
                    .doesNotContain("Exception")
                    .doesNotContain("route");
            assertThat(browser.driver().findElement(By.id("app-title")).isDisplayed()).isTrue();
            assertThat(page.findElement(By.tagName("a")).getText())
                    .isEqualTo("Go to the rounds of talks");
        }
        browser.driver().findElement(By.cssSelector("#not-found a")).click();
        assertThat(browser.await(By.id("rounds")).isDisplayed()).isTrue();
        browser.screenshot("not-found");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void a_page_that_fails_shows_a_plain_error_page_without_a_stack_trace() {
        browser.open("test/failing-page");
        WebElement page = browser.await(By.id("error-page"));
        assertThat(page.getText())
                .contains("Something went wrong")
                .doesNotContain("IllegalStateException")
                .doesNotContain("failing on purpose");
        assertThat(browser.driver().getPageSource()).doesNotContain("at org.ceasefiretimeline");
        assertThat(browser.driver().findElement(By.id("app-title")).isDisplayed()).isTrue();
    }
}
