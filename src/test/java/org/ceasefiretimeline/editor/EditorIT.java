package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.UploadResult;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ManifestEntry;
import org.ceasefiretimeline.reader.Browser;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor in real headless Chromium: log in, correct a date, see it on the reader's page and in
 * the history, revert.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:editor-it;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=" + EditorIT.PASSWORD,
            // the tests run in development mode: its dev tools (Copilot) would sit over the page
            // and take clicks
            "vaadin.devmode.devTools.enabled=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorIT {

    static final String PASSWORD = "editor-it-secret-42";
    private static final String MAY_2021 = "2021-05-israel-hamas";

    @LocalServerPort int port;
    @Autowired TimelineService timeline;
    @Autowired ArticleImporter importer;
    @Autowired CorrectionService corrections;
    @Autowired EventDetails details;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private WebDriverWait waiting() {
        // the page re-renders after each save, so elements found a moment ago may be gone
        return (WebDriverWait)
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .ignoring(StaleElementReferenceException.class);
    }

    private EventView firstOfMay2021(EventType type) {
        return timeline.round(MAY_2021).orElseThrow().events().stream()
                .filter(e -> e.type() == type)
                .findFirst()
                .orElseThrow();
    }

    /** Logs in as admin, unless an earlier test left the browser logged in. */
    private void logIn() {
        browser.open("editor");
        waiting()
                .until(
                        d ->
                                !d.findElements(By.id("queue")).isEmpty()
                                        || !d.findElements(By.id("vaadinLoginUsername")).isEmpty());
        if (!browser.driver().findElements(By.id("queue")).isEmpty()) {
            return;
        }
        WebElement user = browser.await(By.cssSelector("#vaadinLoginUsername input"));
        user.sendKeys("admin");
        WebElement password =
                browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(PASSWORD, Keys.ENTER);
        browser.await(By.id("queue"));
    }

    @Test
    void an_editor_corrects_a_date_sees_it_on_the_reader_page_and_in_the_history_then_reverts_it()
            throws Exception {
        long id = firstOfMay2021(EventType.TALKS_HELD).id();
        logIn();
        browser.screenshot("editor-queue");

        browser.open("editor/events/" + id);
        WebElement date = browser.await(By.cssSelector("#edit-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "13 May 2021", Keys.ENTER);
        // issue 10: the picker wrote US dates ("5/13/2021"); it writes as every page does
        waiting()
                .until(
                        d ->
                                "Thu 13 May 2021"
                                        .equals(
                                                d.findElement(By.cssSelector("#edit-date input"))
                                                        .getAttribute("value")));
        browser.driver()
                .findElement(By.cssSelector("#edit-reason input"))
                .sendKeys("Amr landed on Thursday evening");
        browser.driver().findElement(By.id("save-correction")).click();
        waiting()
                .until(
                        d ->
                                d
                                        .findElements(
                                                By.cssSelector("#history vaadin-grid-cell-content"))
                                        .stream()
                                        .anyMatch(
                                                c ->
                                                        c.getText()
                                                                .contains(
                                                                        "Amr landed on Thursday evening")));
        String history =
                String.join(
                        "|",
                        browser
                                .driver()
                                .findElements(By.cssSelector("#history vaadin-grid-cell-content"))
                                .stream()
                                .map(WebElement::getText)
                                .toList());
        assertThat(history).contains("admin").contains("import").contains("Thu 13 May 2021");
        // issue 10: timestamps were raw ISO ("2026-12-01T20:03:04.881Z")
        assertThat(history).containsPattern("\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC");
        assertThat(history).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(
                        browser.js(
                                "const b = document.querySelector('#history .revert')"
                                        + ".getBoundingClientRect();"
                                        + " const g = document.querySelector('#history')"
                                        + ".getBoundingClientRect();"
                                        + " return b.right <= g.right && b.left >= g.left;"))
                .as("the revert button is not clipped at 1280 px")
                .isEqualTo(true);
        assertThat(
                        browser.js(
                                "return [...document.querySelectorAll("
                                        + "'#history vaadin-grid-cell-content')]"
                                        + ".every(c => c.scrollWidth <= c.clientWidth + 1);"))
                .as("no history cell is cut (\"date: 2…\") at 1280 px")
                .isEqualTo(true);
        browser.screenshot("editor-corrected");

        browser.open("rounds/" + MAY_2021 + "/events/" + id);
        WebElement card = browser.await(By.id("event-" + id));
        assertThat(card.getText()).contains("Thu 13 May 2021");
        // issue 10, bug 8: the reason opens beside "corrected by an editor"
        WebElement note = card.findElement(By.cssSelector(".ct-corrected"));
        assertThat(note.getAttribute("title")).contains("Amr landed on Thursday evening");
        note.findElement(By.tagName("summary")).click();
        assertThat(note.getText()).contains("Reason: Amr landed on Thursday evening");
        browser.screenshot("reader-after-correction");

        browser.open("editor/events/" + id);
        browser.await(By.cssSelector("#edit-reason input"))
                .sendKeys("The wire said Friday after all");
        waiting().until(d -> !d.findElements(By.cssSelector("#history .revert")).isEmpty());
        WebElement revert =
                browser.driver().findElements(By.cssSelector("#history .revert")).get(0);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", revert);
        revert.click();
        waiting()
                .until(
                        d ->
                                d
                                        .findElements(
                                                By.cssSelector("#history vaadin-grid-cell-content"))
                                        .stream()
                                        .anyMatch(c -> c.getText().contains("revert to revision")));
        assertThat(
                        timeline.round(MAY_2021).orElseThrow().events().stream()
                                .filter(e -> e.id() == id)
                                .findFirst()
                                .orElseThrow()
                                .day())
                .isEqualTo(LocalDate.of(2021, 5, 14));
        browser.screenshot("editor-reverted");

        browser.open("editor");
        browser.await(By.id("logout")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/editor"));
        browser.open("editor");
        assertThat(browser.await(By.cssSelector("#vaadinLoginUsername input")).isDisplayed())
                .isTrue();
    }

    @Test
    void a_delayed_login_says_for_how_long_and_the_editor_sees_failed_logins_on_their_account_page()
            throws Exception {
        for (int i = 0; i <= LoginAttempts.FREE_FAILURES; i++) {
            tryLogIn("intruder", "guess-" + i);
        }
        waiting().until(d -> loginError().contains("try again in"));
        assertThat(loginError())
                .contains(
                        "After 3 failed logins for this name from your address",
                        "Logins from other addresses are not affected");
        browser.screenshot("login-delayed");

        tryLogIn("admin", "not-the-password");
        assertThat(loginError()).doesNotContain("try again in");
        logIn();
        browser.open("editor/account");
        assertThat(browser.await(By.id("failed-logins")).getText())
                .containsPattern("UTC from (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
        browser.screenshot("editor-account");
        browser.open("editor");
        browser.await(By.id("logout")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/editor"));
    }

    private void tryLogIn(String name, String password) {
        browser.open("login");
        browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys(name);
        browser.driver()
                .findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(password, Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("error"));
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
    }

    /** The message the login form shows, when it shows one. */
    private String loginError() {
        return String.valueOf(
                browser.js(
                        """
                const form = document.querySelector('vaadin-login-form');
                return form && form.error && form.i18n && form.i18n.errorMessage ? form.i18n.errorMessage.message : '';
                """));
    }

    private void submitLogin() {
        browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin");
        browser.driver()
                .findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(PASSWORD, Keys.ENTER);
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    /**
     * Issue 10: the login page had no header and no way back; logging in from /login landed on the
     * reader's home; a page saved on an earlier visit won over where the editor was going.
     */
    @Test
    void the_login_leads_where_the_editor_was_going_and_to_the_queue_from_the_login_page()
            throws Exception {
        browser.open("login");
        assertThat(browser.await(By.id("app-title")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("login-back")).getAttribute("href"))
                .endsWith("/");
        submitLogin();
        browser.await(By.id("queue"));
        assertThat(path()).isEqualTo("/editor");
        logOut();

        browser.open("editor/rounds");
        submitLogin();
        browser.await(By.id("round-choice"));
        assertThat(path()).isEqualTo("/editor/rounds");
        logOut();

        // sent to the login from an event's page, the editor leaves; later they log in from the
        // login page itself
        browser.open("editor/events/1");
        browser.await(By.cssSelector("#vaadinLoginUsername input"));
        browser.open("");
        browser.await(By.id("rounds"));
        browser.open("login");
        submitLogin();
        browser.await(By.id("queue"));
        assertThat(path()).isEqualTo("/editor");
        logOut();
    }

    /** Issue 10: the notice of another editor's change covered the form it is about. */
    @Test
    void a_conflict_with_another_editors_change_is_told_above_the_form_without_covering_it()
            throws Exception {
        var event = firstOfMay2021(EventType.PROPOSAL);
        logIn();
        browser.open("editor/events/" + event.id());
        browser.await(By.cssSelector("#edit-reason input")).sendKeys("Checked the wire");
        // meanwhile another editor saves a change to the same event
        corrections.correct(
                event.id(),
                details.detail(event.id()).orElseThrow().version(),
                new EventCorrection(
                        event.start(),
                        event.end(),
                        event.precision(),
                        event.type(),
                        event.stance(),
                        event.actors(),
                        null,
                        event.roundSlug()),
                "verified by phone",
                "dana");
        browser.driver().findElement(By.id("save-correction")).click();
        WebElement notice = browser.await(By.id("edit-conflict"));
        assertThat(notice.getText()).isNotBlank();
        assertThat(
                        browser.js(
                                "const n = arguments[0].getBoundingClientRect();"
                                        + " return [...document.querySelectorAll("
                                        + "'#edit-date, #edit-reason, #save-correction')].every(f => {"
                                        + " const r = f.getBoundingClientRect();"
                                        + " return r.top >= n.bottom || r.bottom <= n.top; });",
                                notice))
                .isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card")))
                .isEmpty();
        browser.screenshot("editor-conflict");
        logOut();
    }

    /** A day typed the US way cannot be read; saving then would have left the event undated. */
    @Test
    void an_unreadable_date_is_refused_and_the_event_keeps_its_day() throws Exception {
        var event = firstOfMay2021(EventType.PROPOSAL);
        logIn();
        browser.open("editor/events/" + event.id());
        WebElement date = browser.await(By.cssSelector("#edit-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5/33/2021", Keys.ENTER);
        browser.driver()
                .findElement(By.cssSelector("#edit-reason input"))
                .sendKeys("typed the US way");
        browser.driver().findElement(By.id("save-correction")).click();
        assertThat(browser.await(By.cssSelector("vaadin-notification-card")).getText())
                .contains("cannot be read");
        assertThat(details.detail(event.id()).orElseThrow().event().start())
                .isEqualTo(event.start());
        logOut();
    }

    /** Issue 10: rounds editing showed three bare forms with empty drop-downs. */
    @Test
    void the_rounds_page_lists_the_rounds_with_their_spans_and_merges_only_when_confirmed()
            throws Exception {
        logIn();
        browser.open("editor/rounds");
        WebElement choice = browser.await(By.id("round-choice"));
        assertThat(choice.getText())
                .containsPattern("\\w{3} \\d{1,2} May 2021 – \\w{3} \\d{1,2} May 2021")
                .contains(MAY_2021);
        choice.findElements(By.cssSelector(".choose-round")).get(0).click();
        browser.await(By.id("merge-into")).click();
        browser.await(By.cssSelector("vaadin-select-item")).click();
        browser.driver().findElement(By.cssSelector("#merge-reason input")).sendKeys("same talks");
        int rounds = timeline.rounds().size();
        browser.driver().findElement(By.id("merge")).click();
        assertThat(browser.await(By.id("merge-confirmation")).getText()).contains("can be undone");
        assertThat(timeline.rounds()).hasSize(rounds);
        browser.driver().findElement(By.id("confirm-merge")).click();
        waiting().until(d -> timeline.rounds().size() == rounds - 1);
        WebElement undo = browser.await(By.cssSelector("#merge-history .undo-merge"));
        assertThat(browser.driver().findElement(By.id("merge-history")).getText())
                .contains("because: same talks");
        browser.screenshot("editor-rounds-merged");
        // the "Merged." confirmation covers the page's bottom edge for its five seconds
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        // the page scrolls in its content area below the header, which WebDriver's own scrolling
        // misses
        browser.js("arguments[0].scrollIntoView({block: 'center'});", undo);
        undo.click();
        waiting().until(d -> timeline.rounds().size() == rounds);
        logOut();
    }

    /** Issue 10: from any event on a reader page, a logged-in editor sees an "Edit" link to it. */
    @Test
    void a_logged_in_editor_sees_an_edit_link_on_every_event_of_the_reader_pages()
            throws Exception {
        browser.open("rounds/" + MAY_2021);
        browser.await(By.id("timeline"));
        assertThat(browser.driver().findElements(By.cssSelector(".ct-edit"))).isEmpty();

        logIn();
        browser.open("rounds/" + MAY_2021);
        browser.await(By.id("timeline"));
        var cards = browser.driver().findElements(By.cssSelector("#timeline .ct-event"));
        assertThat(cards).isNotEmpty();
        for (WebElement card : cards) {
            String id = card.getAttribute("id").substring("event-".length());
            assertThat(card.findElement(By.cssSelector(".ct-edit")).getAttribute("href"))
                    .endsWith("/editor/events/" + id);
        }
        browser.open("events");
        waiting().until(d -> !d.findElements(By.cssSelector("#all-events .ct-edit")).isEmpty());
        browser.screenshot("reader-with-edit-links");
        logOut();
    }

    /**
     * The queue's three columns scrolled sideways inside the grid on a phone, leaving only "Why" in
     * view (newcomer run): there each event is one card.
     */
    @Test
    void the_review_queue_on_a_phone_shows_each_event_as_a_card() throws Exception {
        logIn();
        browser.width(375, 900);
        try {
            browser.open("editor");
            WebElement grid = browser.await(By.id("queue"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("#queue .ct-queue-card")).isEmpty());
            WebElement card = browser.driver().findElement(By.cssSelector("#queue .ct-queue-card"));
            // why it is queued (a badge, upper-cased by the style), what was found, the sentence
            assertThat(card.getText().toLowerCase(Locale.ROOT))
                    .containsAnyOf("low-confidence date", "dated after");
            assertThat(card.findElements(By.tagName("div"))).hasSizeGreaterThanOrEqualTo(2);
            // the card's lines wrap inside the grid instead of running past its edge
            assertThat(card.getRect().getX() + card.getRect().getWidth())
                    .isLessThanOrEqualTo(grid.getRect().getX() + grid.getRect().getWidth());
            assertThat(
                            (Long)
                                    browser.js(
                                            "const t = arguments[0].shadowRoot.querySelector('#table');"
                                                    + " return t.scrollWidth - t.clientWidth;",
                                            grid))
                    .as("the grid scrolls sideways")
                    .isLessThanOrEqualTo(1L);
            browser.screenshot("editor-queue-cards-375px");
        } finally {
            browser.width(1280, 1000);
        }
        logOut();
    }

    /**
     * Issue 10: axe-core ran on the reader's pages only; every editor page is checked, at 1280 px
     * and at 375 px, where none may scroll sideways.
     */
    @Test
    void every_editor_page_passes_axe_and_fits_a_375_pixel_phone() throws Exception {
        long eventId = timeline.round(MAY_2021).orElseThrow().events().get(0).id();
        logIn();
        browser.open("editor/events/" + eventId);
        browser.await(By.id("history"));
        String article =
                browser.driver()
                        .findElement(By.cssSelector("a[href^='editor/articles/']"))
                        .getAttribute("href");
        String articlePath = URI.create(article).getPath().substring(1);
        String[][] pages = {
            {"editor", "queue"},
            {"editor/events/" + eventId, "history"},
            {articlePath, "article-text"},
            {"editor/articles/new", "upload"},
            {"editor/rounds", "round-choice"},
            {"editor/account", "failed-logins"}
        };
        try {
            for (int width : new int[] {1280, 375}) {
                browser.width(width, 900);
                for (String[] page : pages) {
                    browser.open(page[0]);
                    browser.await(By.id(page[1]));
                    assertThat(browser.seriousAccessibilityViolations())
                            .as("axe on %s at %d px", page[0], width)
                            .isEmpty();
                    assertThat(
                                    (Long)
                                            browser.js(
                                                    "return document.documentElement.scrollWidth"
                                                            + " - window.innerWidth;"))
                            .as("sideways scroll on %s at %d px", page[0], width)
                            .isLessThanOrEqualTo(1L);
                    browser.screenshot(page[0].replaceAll("[^a-z0-9]+", "-") + "-" + width + "px");
                }
            }
        } finally {
            browser.width(1280, 1000);
        }
        logOut();
        browser.width(375, 900);
        try {
            browser.open("login");
            browser.await(By.cssSelector("#vaadinLoginUsername input"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(
                            (Long)
                                    browser.js(
                                            "return document.documentElement.scrollWidth"
                                                    + " - window.innerWidth;"))
                    .isLessThanOrEqualTo(1L);
            browser.screenshot("login-375px");
        } finally {
            browser.width(1280, 1000);
        }
    }

    /**
     * Issue 10: the article page showed neither the article's text nor its dates; each date phrase
     * is marked and links to the event it dates.
     */
    @Test
    void the_article_page_shows_the_text_with_each_date_phrase_linked_to_its_event()
            throws Exception {
        long eventId =
                timeline.round(MAY_2021).orElseThrow().events().stream()
                        .filter(e -> e.datePhrase() != null)
                        .findFirst()
                        .orElseThrow()
                        .id();
        logIn();
        browser.open("editor/events/" + eventId);
        browser.await(By.cssSelector("a[href^='editor/articles/']")).click();
        WebElement text = browser.await(By.id("article-text"));
        assertThat(text.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(text.findElements(By.cssSelector("a[href^='editor/events/'] mark")))
                .isNotEmpty();
        browser.screenshot("editor-article-text");
        logOut();
    }

    /**
     * Issue 10, bug 4: a second upload re-processed the first's files, refused files got a green
     * tick, and the upload's messages named no file.
     */
    @Test
    void each_uploaded_file_is_processed_once_and_refused_ones_say_so_with_their_name()
            throws Exception {
        Path folder = Files.createTempDirectory("uploads");
        Path first =
                Files.writeString(
                        folder.resolve("upload-first.txt"),
                        "Hamas weighs Egyptian offer\n\nHamas rejected the Egyptian proposal on"
                                + " Monday, officials said on 12 March 2022.\n");
        Path second =
                Files.writeString(
                        folder.resolve("upload-second.txt"),
                        "Israel studies Qatari plan\n\nIsrael accepted the Qatari proposal on"
                                + " Tuesday, officials said on 15 March 2022.\n");
        Path blank = Files.writeString(folder.resolve("upload-blank.txt"), "   \n  \n");
        Path pdf = Files.writeString(folder.resolve("upload-wrong.pdf"), "%PDF-1.4");
        logIn();
        browser.open("editor/articles/new");
        upload(first);
        waiting().until(d -> results().contains("upload-first.txt: added"));
        upload(second);
        waiting().until(d -> results().contains("upload-second.txt: added"));
        upload(blank);
        waiting().until(d -> results().contains("upload-blank.txt: refused"));
        upload(pdf);
        waiting().until(d -> results().contains("upload-wrong.pdf: refused"));

        String results = results();
        assertThat(results.split("upload-first.txt", -1)).hasSize(2);
        assertThat(results).contains("upload-blank.txt: refused — the file holds only white space");
        assertThat(results).contains("upload-wrong.pdf: refused — not a .txt article");
        assertThat(results).containsPattern("upload-second.txt: added, \\d+ events?");
        WebElement added =
                browser.driver()
                        .findElements(By.cssSelector("#add-results [data-outcome=ADDED]"))
                        .get(0);
        assertThat(added.findElement(By.tagName("a")).getAttribute("href"))
                .matches(".*/editor/articles/\\d+");
        waiting()
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        browser.js(
                                                "const f = document.querySelector('#upload').files"
                                                        + ".find(f => f.name === 'upload-blank.txt');"
                                                        + " return !!f && !f.complete && !!f.error;")));
        browser.screenshot("editor-uploads");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        logOut();
    }

    private void logOut() {
        browser.open("editor");
        browser.await(By.id("logout")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/editor"));
    }

    private void upload(Path file) {
        WebElement input =
                browser.await(By.id("upload"))
                        .getShadowRoot()
                        .findElement(By.cssSelector("input[type=file]"));
        // ChromeDriver adds to a multiple file input's earlier selection: empty it, as a new
        // choice in the file dialog does
        browser.js("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String results() {
        return browser.driver().findElement(By.id("add-results")).getText();
    }

    /**
     * Issue 10, bug 2: setting the day of an article added without one said "Saved: 0 event(s)
     * moved", and the page kept saying "unknown" until reloaded.
     */
    @Test
    void setting_an_unknown_publication_day_places_the_events_and_the_page_shows_the_day()
            throws Exception {
        UploadResult added =
                importer.importUpload(
                        "undated-it.txt",
                        ("Hamas rejects Egyptian truce offer\n\nHamas on Tuesday rejected an"
                                        + " Egyptian proposal for a three-day truce in Gaza, a"
                                        + " spokesman for the group said.\n\nEgypt had proposed"
                                        + " the truce on Sunday, Egyptian officials said.\n")
                                .getBytes(StandardCharsets.UTF_8),
                        null);
        logIn();
        browser.open("editor/articles/" + added.articleId());
        WebElement day = browser.await(By.cssSelector("#publication-day input"));
        assertThat(browser.driver().findElement(By.cssSelector(".ct-meta")).getText())
                .contains("unknown");
        day.sendKeys(Keys.chord(Keys.CONTROL, "a"), "14 Nov 2019", Keys.ENTER);
        waiting()
                .until(
                        d ->
                                "Thu 14 Nov 2019"
                                        .equals(
                                                d.findElement(
                                                                By.cssSelector(
                                                                        "#publication-day input"))
                                                        .getAttribute("value")));
        browser.driver()
                .findElement(By.cssSelector("#publication-reason input"))
                .sendKeys("From the print edition");
        browser.driver().findElement(By.id("save-publication-day")).click();
        assertThat(browser.await(By.cssSelector("vaadin-notification-card")).getText())
                .containsPattern("Saved: [1-9]\\d* event");
        // the page shows the new day at once, without a reload
        waiting()
                .until(
                        d ->
                                d.findElement(By.cssSelector(".ct-meta"))
                                        .getText()
                                        .contains("Thu 14 Nov 2019"));
        assertThat(
                        timeline.rounds().stream()
                                .filter(r -> r.startDay() != null && r.startDay().getYear() == 2019)
                                .findFirst())
                .isPresent();
        logOut();
    }

    @Test
    void markup_in_an_article_shows_as_inert_text_everywhere() throws Exception {
        String text =
                "<script>window.__pwned = 1</script> Hamas <b>rejects</b> truce\n\n"
                        + "Hamas rejected the Egyptian proposal on Monday <img src=x onerror=\"window.__pwned = 2\">.\n";
        importer.importUpload(
                "markup.txt",
                text.getBytes(StandardCharsets.UTF_8),
                new ManifestEntry(
                        "markup.txt",
                        LocalDate.of(2021, 5, 16),
                        "<i>Test</i> desk",
                        null,
                        null,
                        Article.DEFAULT_ZONE));
        browser.open("rounds/" + MAY_2021);
        browser.await(By.id("timeline"));
        assertThat(browser.driver().findElement(By.id("timeline")).getText())
                .contains("<img src=x onerror=");
        assertThat(browser.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("#timeline img"))).isEmpty();
        browser.open("");
        browser.await(By.id("rounds"));
        assertThat(browser.js("return window.__pwned === undefined")).isEqualTo(true);
    }
}
