package org.ceasefiretimeline.embed.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ceasefiretimeline.reader.Browser;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newsroom's page on another origin, in real headless Chromium: our web component renders a round
 * through the JSON API, whatever the page's CSS; TimelineJS3 itself renders our timelinejs.json
 * export.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:embedsite;DB_CLOSE_DELAY=-1",
            "CEASEFIRE_ADMIN_PASSWORD=embed-site-secret"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedOnAnotherSiteIT {

    private static final String MAY_2021 = "2021-05-israel-hamas";
    private static final Path TIMELINEJS =
            Path.of("target", "timelinejs", "node_modules", "@knight-lab", "timelinejs", "dist")
                    .toAbsolutePath();

    @LocalServerPort int port;
    @Autowired TimelineService timeline;

    HostSite site;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = new HostSite(TIMELINEJS);
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
        site.close();
    }

    private String app() {
        return "http://localhost:" + port;
    }

    /** A page that records every script error it sees, from before anything loads. */
    private static String errorTrap() {
        return "<script>window.pageErrors = [];"
                + "window.failedResources = [];"
                + "addEventListener('error', e => e instanceof ErrorEvent ? pageErrors.push(e.message)"
                + " : failedResources.push(e.target.src || e.target.href || e.target.outerHTML), true);"
                + "addEventListener('unhandledrejection', e => pageErrors.push(String(e.reason)));"
                + "const consoleError = console.error; console.error = (...a) => { pageErrors.push(a.join(' ')); consoleError(...a); };"
                + "</script>";
    }

    private void await(String condition, Object... args) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(browser.js("return " + condition, args)));
    }

    @Test
    void the_web_component_renders_a_round_inside_a_shadow_root_the_pages_css_cannot_reach()
            throws Exception {
        List<EventView> events = timeline.round(MAY_2021).orElseThrow().events();
        long withEgypt = events.stream().filter(e -> e.actors().contains("Egypt")).count();
        String url =
                site.page(
                        "/story.html",
                        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Our story</title>"
                                + errorTrap()
                                // a newsroom's heavy-handed stylesheet
                                + "<style>p { color: #b00000 !important; font-family: serif !important;"
                                + " font-size: 30px !important; } li { display: inline !important; }"
                                + " blockquote { display: none !important; } body { font-family: serif; }</style>"
                                + "<script type=\"module\" src=\""
                                + app()
                                + "/embed/ceasefire-timeline.js\"></script></head><body><main><h1>Our story</h1>"
                                + "<p>Text of the article.</p>"
                                + "<ceasefire-timeline id=\"all\" round=\""
                                + MAY_2021
                                + "\"></ceasefire-timeline>"
                                + "<ceasefire-timeline id=\"egypt\" round=\""
                                + MAY_2021
                                + "\" actor=\"Egypt\" theme=\"dark\"></ceasefire-timeline>"
                                + "</main></body></html>");

        browser.driver().get(url);
        String shown =
                "document.getElementById(arguments[0]).shadowRoot.querySelectorAll('.event').length";
        await(shown + " === arguments[1]", "all", events.size());
        await(shown + " === arguments[1]", "egypt", withEgypt);

        @SuppressWarnings("unchecked")
        Map<String, Object> style =
                (Map<String, Object>)
                        browser.js(
                                "const root = document.getElementById('all').shadowRoot;"
                                        + "const p = root.querySelector('.event p');"
                                        + "const quote = root.querySelector('blockquote');"
                                        + "const li = root.querySelector('.event');"
                                        + "return {color: getComputedStyle(p).color, size: getComputedStyle(p).fontSize,"
                                        + " quote: getComputedStyle(quote).display, li: getComputedStyle(li).display,"
                                        + " heading: root.querySelector('h2').textContent};");
        assertThat(style.get("color")).isNotEqualTo("rgb(176, 0, 0)");
        assertThat(style.get("size")).isNotEqualTo("30px");
        assertThat(style.get("quote")).isEqualTo("block");
        assertThat(style.get("li")).isNotEqualTo("inline");
        assertThat((String) style.get("heading")).isNotBlank();
        assertThat(
                        browser.js(
                                "return [...document.getElementById('egypt').shadowRoot.querySelectorAll('.event .actors')]"
                                        + ".every(a => a.textContent.includes('Egypt'))"))
                .isEqualTo(true);
        assertThat(
                        browser.js(
                                "return getComputedStyle(document.getElementById('egypt').shadowRoot.querySelector('.ct')).backgroundColor"))
                .isEqualTo("rgb(13, 17, 23)");
        assertThat(browser.js("return pageErrors")).asList().isEmpty();
        assertThat(browser.js("return failedResources")).asList().isEmpty();
        browser.screenshot("web-component-on-another-site");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // a filter set later by the page's own script applies at once
        browser.js("document.getElementById('all').setAttribute('type', 'RESPONSE')");
        await(
                "[...document.getElementById('all').shadowRoot.querySelectorAll('.event')]"
                        + ".every(e => e.dataset.type === 'RESPONSE') && "
                        + shown
                        + " === arguments[1]",
                "all",
                events.stream().filter(e -> e.type().name().equals("RESPONSE")).count());
    }

    @Test
    void timelinejs3_renders_our_export_without_errors() throws Exception {
        assertThat(TIMELINEJS.resolve("js/timeline.js"))
                .as("`mvn verify` installs TimelineJS3 from npm before the browser tests")
                .exists();
        long dated =
                timeline.round(MAY_2021).orElseThrow().events().stream()
                        .filter(e -> e.start() != null)
                        .count();
        String url =
                site.page(
                        "/timeline.html",
                        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Timeline</title>"
                                + errorTrap()
                                + "<link rel=\"stylesheet\" href=\"/files/css/timeline.css\">"
                                + "<script src=\"/files/js/timeline.js\"></script></head><body>"
                                + "<div id=\"timeline-embed\" style=\"width: 100%; height: 600px\"></div>"
                                + "<script>window.timeline = new TL.Timeline('timeline-embed', '"
                                + app()
                                + "/api/v1/rounds/"
                                + MAY_2021
                                + "/timelinejs.json',"
                                // its fonts from the npm package: by default they come from its CDN
                                + " {script_path: '"
                                + site.origin()
                                + "/files/js/'});"
                                + "timeline.on('ready', () => window.timelineReady = true);</script>"
                                + "</body></html>");

        browser.driver().get(url);
        await("window.timelineReady === true");
        // the title slide, then one per dated event
        await("document.querySelectorAll('.tl-slide').length === arguments[0]", dated + 1);

        assertThat(browser.js("return timeline.config.getErrors()")).asList().isEmpty();
        assertThat(browser.js("return document.querySelectorAll('.tl-timeera').length"))
                .isEqualTo(1L);
        assertThat(
                        browser.js(
                                "return document.querySelector('.tl-slide-titleslide .tl-headline').textContent"))
                .asString()
                .isNotBlank();
        assertThat(browser.js("return pageErrors")).asList().isEmpty();
        assertThat(browser.js("return failedResources")).asList().isEmpty();
        browser.screenshot("timelinejs3-with-our-export");
    }
}
