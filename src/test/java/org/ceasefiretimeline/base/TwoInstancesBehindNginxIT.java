package org.ceasefiretimeline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ceasefiretimeline.reader.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two instances of the app (child JVMs) started at the same moment on one empty PostgreSQL
 * database, Debian's nginx in front with the README's configuration: an editor logs in and corrects
 * an event's date through nginx, and each instance's own page for the event shows the new date.
 * nginx's log shows the Vaadin requests on one instance and {@code /api/} requests on both.
 *
 * <p>The event is read through each instance's reader page (its own server-side code and database
 * read). When {@code /api/v1} is on main, read it there too: GET {@code /api/v1/...} on each
 * instance's port, the event's date in the JSON.
 */
@Tag("database")
@EnabledIfSystemProperty(named = TestPostgres.SERVER, matches = ".+")
class TwoInstancesBehindNginxIT {

    /** The first ports of the tests' range ({@link TestPorts}): nginx, then the two instances. */
    private static final int NGINX = TestPorts.first();

    private static final int[] INSTANCES = {NGINX + 1, NGINX + 2};
    private static final String PASSWORD = "two-instances-secret-7";
    private static final String MAY_2021 = "2021-05-israel-hamas";

    /** nginx listens on IPv4 only, and Chromium tries "localhost" on IPv6 first. */
    private static final String THROUGH_NGINX = "http://127.0.0.1:" + NGINX + "/";

    @TempDir Path work;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void a_correction_made_through_nginx_is_on_both_instances() throws Exception {
        String url = TestPostgres.freshDatabase("two_instances_nginx");
        for (int port : INSTANCES) {
            started.add(instance(port, url));
        }
        long starting = System.nanoTime();
        for (int port : INSTANCES) {
            awaitReady(port);
        }
        System.out.printf(
                "two instances ready in %.0f s; the seed import's turns:%n%s%n",
                (System.nanoTime() - starting) / 1e9, importTurns());
        assertThat(count(url, "select count(*) from article")).isEqualTo(5);
        started.add(nginx());
        awaitReady(NGINX);
        long id =
                count(
                        url,
                        "select min(e.id) from timeline_event e join negotiation_round r on"
                                + " e.round_id = r.id where r.slug = '"
                                + MAY_2021
                                + "' and e.event_type = 'TALKS_HELD'");

        long version = count(url, "select version from data_version");
        try (Browser browser = new Browser(NGINX)) {
            correctThroughNginx(browser, id);
            assertThat(count(url, "select version from data_version"))
                    .as("the data version both instances key their caches on")
                    .isGreaterThan(version);
            for (int port : INSTANCES) {
                browser.driver()
                        .get("http://127.0.0.1:" + port + "/rounds/" + MAY_2021 + "/events/" + id);
                assertThat(browser.await(By.id("event-" + id)).getText())
                        .as("the event's page on the instance at port %d", port)
                        .contains("Thu 13 May 2021");
            }
        }

        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 4; i++) {
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NGINX + "/api/v1/x"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        List<String> log = Files.readAllLines(work.resolve("nginx/logs/access.log"));
        assertThat(upstreams(log, l -> l.contains("\"GET /api/")))
                .as("/api/ round-robin")
                .hasSize(2);
        assertThat(upstreams(log, l -> l.contains("v-r=uidl")))
                .as("Vaadin's requests on one instance")
                .hasSize(1);
    }

    private void correctThroughNginx(Browser browser, long id) {
        WebDriverWait waiting =
                (WebDriverWait)
                        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                                .ignoring(StaleElementReferenceException.class);
        browser.driver().get(THROUGH_NGINX + "editor");
        browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys("admin");
        browser.driver()
                .findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(PASSWORD, Keys.ENTER);
        browser.await(By.id("queue"));
        browser.driver().get(THROUGH_NGINX + "editor/events/" + id);
        browser.await(By.cssSelector("#edit-date input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "13 May 2021", Keys.ENTER);
        // the picker reads and writes days as every page does (issue 10), not "5/13/2021"
        waiting.until(
                d ->
                        "Thu 13 May 2021"
                                .equals(
                                        d.findElement(By.cssSelector("#edit-date input"))
                                                .getAttribute("value")));
        browser.driver()
                .findElement(By.cssSelector("#edit-reason input"))
                .sendKeys("Amr landed on Thursday evening");
        browser.driver().findElement(By.id("save-correction")).click();
        waiting.until(
                d ->
                        d.findElements(By.cssSelector("#history vaadin-grid-cell-content")).stream()
                                .anyMatch(
                                        c ->
                                                c.getText()
                                                        .contains(
                                                                "Amr landed on Thursday evening")));
    }

    private String logTails() {
        StringBuilder tails = new StringBuilder();
        for (int port : INSTANCES) {
            try {
                List<String> lines = Files.readAllLines(work.resolve("instance-" + port + ".log"));
                tails.append("--- instance ")
                        .append(port)
                        .append('\n')
                        .append(
                                String.join(
                                        "\n",
                                        lines.subList(
                                                Math.max(0, lines.size() - 15), lines.size())))
                        .append('\n');
            } catch (IOException e) {
                tails.append("--- instance ").append(port).append(": no log\n");
            }
        }
        return tails.toString();
    }

    private String importTurns() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int port : INSTANCES) {
            Files.readAllLines(work.resolve("instance-" + port + ".log")).stream()
                    .filter(l -> l.contains("ImportLock") || l.contains("Import done"))
                    .map(l -> port + ": " + l.substring(l.lastIndexOf(" : ") + 3))
                    .forEach(lines::add);
        }
        return String.join("\n", lines);
    }

    /** The instances nginx sent the matching requests to, from its log's last field. */
    private static Set<String> upstreams(
            List<String> log, java.util.function.Predicate<String> request) {
        return log.stream()
                .filter(request)
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
    }

    private Process instance(int port, String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx384m",
                        // start-up, not peak speed, is what this test waits for
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.ceasefiretimeline.Application",
                        "--server.port=" + port,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestPostgres.USER,
                        "--server.forward-headers-strategy=native",
                        "--CEASEFIRE_ADMIN_PASSWORD=" + PASSWORD,
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.launch-browser=false",
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("instance-" + port + ".log").toFile())
                .start();
    }

    /** nginx with the README's configuration, on the test's ports, in a folder of its own. */
    private Process nginx() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String block =
                readme.substring(
                        readme.indexOf("```nginx", readme.indexOf("<!-- nginx.conf begin -->"))
                                + "```nginx".length(),
                        readme.indexOf("```", readme.indexOf("```nginx") + 8));
        String config =
                block.replace("127.0.0.1:8081", "127.0.0.1:" + INSTANCES[0])
                        .replace("127.0.0.1:8082", "127.0.0.1:" + INSTANCES[1])
                        .replace("listen 80;", "listen 127.0.0.1:" + NGINX + ";");
        Path prefix = work.resolve("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Files.writeString(prefix.resolve("nginx.conf"), config);
        return new ProcessBuilder(
                        "/usr/sbin/nginx",
                        "-p",
                        prefix.toString(),
                        "-c",
                        prefix.resolve("nginx.conf").toString(),
                        "-e",
                        prefix.resolve("logs/error.log").toString(),
                        "-g",
                        "daemon off; pid " + prefix.resolve("nginx.pid") + ";")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
    }

    private void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < until) {
            for (Process p : started) {
                assertThat(p.isAlive()).as("a child process died:%n%s", logTails()).isTrue();
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(ready).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("port " + port + " not ready in 8 minutes:\n" + logTails());
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url, TestPostgres.USER, "");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
