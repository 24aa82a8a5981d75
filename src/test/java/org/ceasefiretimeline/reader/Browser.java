package org.ceasefiretimeline.reader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its ChromeDriver, for browser tests. Saves screenshots under
 * {@code target/screenshots} and runs axe-core (fetched into {@code target/axe} by the build) on a
 * page.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE =
            Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        base = "http://localhost:" + port + "/";
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void width(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * The axe-core violations of impact serious or critical on the current page, as "id: help (n
     * nodes)".
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() throws IOException {
        if (!Files.exists(AXE)) {
            throw new IllegalStateException(
                    AXE + " is missing: `mvn verify` fetches it with npm before the browser tests");
        }
        js(Files.readString(AXE));
        Object result =
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                                        + " ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,"
                                        + " targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .filter(
                                v ->
                                        "serious".equals(v.get("impact"))
                                                || "critical".equals(v.get("impact")))
                        .map(
                                v ->
                                        v.get("id")
                                                + ": "
                                                + v.get("help")
                                                + " ("
                                                + v.get("nodes")
                                                + " nodes, e.g. "
                                                + v.get("targets")
                                                + ")")
                        .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
