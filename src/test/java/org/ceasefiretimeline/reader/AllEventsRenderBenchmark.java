package org.ceasefiretimeline.reader;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The all-events view in headless Chromium against a running server (see {@code
 * bench/ui-benchmark.sh}).
 *
 * <ul>
 *   <li>{@code render <url> [loads]}: time to first render, from navigation start to the first
 *       frame in which a grid row with text is inside the viewport. A script added to every new
 *       document checks on each animation frame, so the number is the page's own clock, not
 *       WebDriver's. Each load is a new Vaadin session (cookies cleared); loads run with the HTTP
 *       cache disabled (a first visit) and then enabled (a returning reader), after three
 *       unmeasured warm-up loads. Prints each load and the medians.
 *   <li>{@code sessions <url> <n>}: opens {@code n} Vaadin sessions one after the other, each
 *       showing the grid's first rows, and leaves each UI alive on the server (the page's unload
 *       beacon, which would close it, is switched off before moving on), as if {@code n} readers
 *       had the page open.
 * </ul>
 */
public final class AllEventsRenderBenchmark {

    /**
     * Records {@code window.__ctFirstRows}: performance.now() of the first frame with a visible,
     * filled row.
     */
    private static final String PROBE =
            """
            (() => {
              if (window.top !== window) return;
              const filledRowInView = () => {
                const grid = document.querySelector('vaadin-grid#all-events');
                if (!grid || !grid.shadowRoot) return false;
                for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                  if (row.hidden || row.hasAttribute('loading')) continue;
                  const box = row.getBoundingClientRect();
                  if (box.height === 0 || box.bottom <= 0 || box.top >= window.innerHeight) continue;
                  for (const slot of row.querySelectorAll('td slot')) {
                    const content = slot.assignedElements()[0];
                    if (content && content.textContent.trim()) return true;
                  }
                }
                return false;
              };
              const frame = () => {
                if (filledRowInView()) { window.__ctFirstRows = performance.now(); return; }
                requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            })();
            """;

    private static final String TIMINGS =
            """
            const nav = performance.getEntriesByType('navigation')[0];
            const vaadin = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='))
                .map(e => e.name.replace(/^.*v-r=(\\w+).*$/, '$1') + ' ' + Math.round(e.startTime) + '-'
                    + Math.round(e.responseEnd) + ' ms (server ' + Math.round(e.responseStart - e.requestStart) + ')');
            return {firstRows: window.__ctFirstRows, html: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd,
                rows: document.querySelector('vaadin-grid#all-events').size, vaadin: vaadin.join(', ')};
            """;

    private AllEventsRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !List.of("render", "sessions").contains(args[0])) {
            System.err.println("usage: AllEventsRenderBenchmark render <url of /events> [loads=5]");
            System.err.println("       AllEventsRenderBenchmark sessions <url of /events> <n>");
            System.exit(2);
        }
        URI url = URI.create(args[1]);
        try (Browser browser = new Browser(url.getPort())) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
            driver.executeCdpCommand("Network.enable", Map.of());
            if (args[0].equals("render")) {
                render(browser, url, args.length > 2 ? Integer.parseInt(args[2]) : 5);
            } else {
                sessions(browser, url, Integer.parseInt(args[2]));
            }
        }
    }

    private static void render(Browser browser, URI url, int loads) {
        ChromeDriver driver = browser.driver();
        for (int i = 0; i < 3; i++) {
            load(browser, url);
        }
        for (boolean cache : List.of(false, true)) {
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", !cache));
            List<Double> times = new ArrayList<>();
            for (int i = 1; i <= loads; i++) {
                Map<String, Object> t = load(browser, url);
                double firstRows = ((Number) t.get("firstRows")).doubleValue();
                times.add(firstRows);
                System.out.printf(
                        Locale.ROOT,
                        "load %d (%s cache): first rows %.0f ms; html %.0f ms, "
                                + "DOMContentLoaded %.0f ms; %s rows in the grid; Vaadin requests: %s%n",
                        i,
                        cache ? "warm" : "no",
                        firstRows,
                        num(t.get("html")),
                        num(t.get("domContentLoaded")),
                        t.get("rows"),
                        t.get("vaadin"));
            }
            System.out.printf(
                    Locale.ROOT,
                    "time to first render, %s HTTP cache: median %.0f ms of %d loads %s%n",
                    cache ? "warm" : "no",
                    median(times),
                    loads,
                    times.stream().map(Math::round).toList());
        }
    }

    private static void sessions(Browser browser, URI url, int n) {
        for (int i = 1; i <= n; i++) {
            load(browser, url);
            // keep this UI alive on the server when the browser moves on
            browser.js("navigator.sendBeacon = () => true;");
        }
        browser.driver().get("about:blank");
        System.out.println("sessions: opened " + n + " Vaadin sessions on " + url);
    }

    /**
     * One load of the page in a new Vaadin session; returns its timings once the first rows are
     * visible.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Browser browser, URI url) {
        ChromeDriver driver = browser.driver();
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get(url.toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> browser.js("return window.__ctFirstRows") != null);
        return (Map<String, Object>) browser.js(TIMINGS);
    }

    private static double num(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
