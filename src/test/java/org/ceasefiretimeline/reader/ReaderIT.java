package org.ceasefiretimeline.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
    void the_embed_panel_shows_the_theme_choice_and_the_codes_to_copy() throws Exception {
        browser.open("rounds/" + MAY_2021);
        browser.await(By.id("embed-toggle")).click();
        WebElement code = browser.await(By.id("embed-iframe-code"));
        // a component whose module never loaded stays an empty, unstyled element
        assertThat(
                        browser.js(
                                "return !!customElements.get('vaadin-select')"
                                        + " && !!customElements.get('vaadin-text-area')"
                                        + " && !!arguments[0].shadowRoot",
                                code))
                .isEqualTo(true);
        assertThat(code.getDomProperty("value"))
                .contains("<iframe")
                .contains("/embed/rounds/" + MAY_2021);
        assertThat(browser.await(By.id("embed-web-component-code")).getDomProperty("value"))
                .contains("<ceasefire-timeline round=\"" + MAY_2021 + "\"");
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
        // issue 10: filters live in the address, so a reload or a shared link keeps them
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("actor=Egypt"));
        int filtered = shown.size();
        browser.driver().navigate().refresh();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(
                        d ->
                                d.findElements(By.cssSelector("#timeline .ct-event")).size()
                                        == filtered);
    }

    /**
     * Issue 10: the overview strip ignored the filters, and the type filter said "Response" where
     * the cards said "Rejected".
     */
    @Test
    void a_kind_in_the_address_filters_the_round_and_its_overview_strip() throws Exception {
        browser.open("rounds/" + MAY_2021 + "?kind=rejected");
        browser.await(By.id("timeline"));
        var cards = browser.driver().findElements(By.cssSelector("#timeline .ct-event"));
        assertThat(cards)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getAttribute("data-stance")).isEqualTo("REJECT"));
        assertThat((Long) browser.js("return document.querySelector('#overview').days.length"))
                .isEqualTo(cards.size());
        assertThat(
                        browser.driver()
                                .findElement(By.cssSelector("#filter-types"))
                                .getAttribute("innerText")
                                .toLowerCase())
                .doesNotContain("response");
    }

    /**
     * Issue 10: the all-events grid had no round column and no count; an empty search was blank.
     */
    @Test
    void all_events_shows_each_events_round_a_count_and_says_when_nothing_matches()
            throws Exception {
        browser.open("events");
        browser.await(By.id("all-events"));
        assertThat(browser.await(By.id("events-count")).getText()).matches("\\d+ events");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(
                        d ->
                                d
                                        .findElements(
                                                By.cssSelector("#all-events a[href^='rounds/']"))
                                        .stream()
                                        .anyMatch(a -> a.getText().contains("Israel and")));
        assertThat(
                        String.valueOf(
                                browser.js(
                                        "return document.querySelector('#all-events').innerText")))
                .contains("Round");

        browser.open("events?q=no-such-words-anywhere");
        assertThat(browser.await(By.id("no-events")).getText())
                .isEqualTo("No events match these filters.");
        assertThat(browser.driver().findElement(By.id("events-count")).getText())
                .isEqualTo("0 events match these filters");
        assertThat(browser.driver().findElements(By.id("all-events")))
                .noneMatch(WebElement::isDisplayed);
    }

    /** Issue 10: the all-events filters were lost on reload and could not be shared. */
    @Test
    void all_events_filters_live_in_the_address() throws Exception {
        browser.open("events");
        WebElement search = browser.await(By.cssSelector("#filter-text input"));
        search.sendKeys("yearlong");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/events?q=yearlong"));
        String count = browser.await(By.id("events-count")).getText();
        assertThat(count).endsWith("match these filters");

        browser.driver().navigate().refresh();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(
                        d ->
                                "yearlong"
                                        .equals(
                                                d.findElement(By.cssSelector("#filter-text input"))
                                                        .getAttribute("value")));
        assertThat(browser.await(By.id("events-count")).getText()).isEqualTo(count);
    }

    /** Issue 10: at 375 px the source column shrank to a character and the page was 415 px wide. */
    @Test
    void all_events_on_a_phone_are_cards() throws Exception {
        browser.width(375, 800);
        try {
            browser.open("events");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(
                            d ->
                                    !d.findElements(By.cssSelector("#all-events .ct-row-card"))
                                            .isEmpty());
            WebElement card =
                    browser.driver().findElement(By.cssSelector("#all-events .ct-row-card"));
            assertThat(card.getText()).contains("Round:");
            // rows were ~2,000 px tall; a card is as tall as its sentence, so the typical one
            // counts
            List<Integer> heights =
                    browser
                            .driver()
                            .findElements(By.cssSelector("#all-events .ct-row-card"))
                            .stream()
                            .map(c -> c.getSize().getHeight())
                            .sorted()
                            .toList();
            assertThat(heights.get(heights.size() / 2)).isLessThan(400);
            assertThat(heights.get(heights.size() - 1)).isLessThan(900);
            assertThat(
                            (Long)
                                    browser.js(
                                            "return document.documentElement.scrollWidth - window.innerWidth;"))
                    .isLessThanOrEqualTo(1L);
            browser.screenshot("events-375px");
        } finally {
            browser.width(1280, 1000);
        }
    }

    /**
     * Issue 10: a deep link to a missing event, or to one of another round, showed the round with
     * no notice.
     */
    @Test
    void a_deep_link_to_a_missing_event_says_so_and_one_of_another_round_goes_there()
            throws Exception {
        browser.open("rounds/" + MAY_2021 + "/events/987654");
        assertThat(browser.await(By.id("missing-event")).getText()).contains("no longer exists");

        long other = timeline.round("2024-02-israel-hamas").orElseThrow().events().get(0).id();
        browser.open("rounds/" + MAY_2021 + "/events/" + other);
        browser.await(By.id("event-" + other));
        assertThat(browser.driver().getCurrentUrl())
                .endsWith("/rounds/2024-02-israel-hamas/events/" + other);
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

    /** Issue 10: every reader page, the login and the 404 page fit a phone, and pass axe there. */
    @Test
    void pages_fit_a_375_pixel_phone_without_sideways_scrolling() throws Exception {
        String[][] pages = {
            {"", "rounds", "home-375px"},
            {"rounds/" + MAY_2021, "timeline", "round-2021-375px"},
            {"events", "all-events", "events-list-375px"},
            {"no/such/page", "not-found", "not-found-375px"},
            {"test/failing-page", "error-page", "error-page-375px"},
            {"login", "login-back", "login-375px"}
        };
        browser.width(375, 800);
        try {
            for (String[] page : pages) {
                browser.open(page[0]);
                browser.await(By.id(page[1]));
                Long overflow =
                        (Long)
                                browser.js(
                                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("sideways scroll on /%s", page[0]).isLessThanOrEqualTo(1L);
                assertThat(browser.driver().findElement(By.id("app-title")).getRect().getY())
                        .isLessThan(30);
                // the header's links stay on the title's line, inside the screen
                assertThat(
                                browser.js(
                                        "const t = document.getElementById('app-title')"
                                                + ".getBoundingClientRect();"
                                                + " const mid = r => (r.top + r.bottom) / 2;"
                                                + " const links = [...document.querySelectorAll("
                                                + "\"nav[aria-label='Main'] a\")];"
                                                + " return links.length === 3 && links.every(a => {"
                                                + " const r = a.getBoundingClientRect();"
                                                + " return r.width > 0 && r.right <= window.innerWidth"
                                                + " && Math.abs(mid(r) - mid(t)) < 12; });"))
                        .as("header on one line on /%s", page[0])
                        .isEqualTo(true);
                assertThat(browser.seriousAccessibilityViolations())
                        .as("axe on /%s at 375 px", page[0])
                        .isEmpty();
                browser.screenshot(page[2]);
            }
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
