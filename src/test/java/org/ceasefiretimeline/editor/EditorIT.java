package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ManifestEntry;
import org.ceasefiretimeline.reader.Browser;
import org.ceasefiretimeline.reader.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
        long id =
                timeline.round(MAY_2021).orElseThrow().events().stream()
                        .filter(e -> e.type() == EventType.TALKS_HELD)
                        .findFirst()
                        .orElseThrow()
                        .id();
        logIn();
        browser.screenshot("editor-queue");

        browser.open("editor/events/" + id);
        WebElement date = browser.await(By.cssSelector("#edit-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5/13/2021", Keys.ENTER);
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
        assertThat(history).contains("admin").contains("import").contains("2021-05-13");
        browser.screenshot("editor-corrected");

        browser.open("rounds/" + MAY_2021 + "/events/" + id);
        assertThat(browser.await(By.id("event-" + id)).getText()).contains("Thu 13 May 2021");
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
