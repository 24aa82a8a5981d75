package org.ceasefiretimeline.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ceasefiretimeline.base.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of 200 articles into an H2 file database (with the application's own URL options), or
 * into PostgreSQL when the tests run on it, in a child JVM killed with SIGKILL (kill -9) at random
 * moments of its storing several times, then run to the end: each kill keeps every article the
 * import had said it stored, and an editor's correction made between two kills survives the rest of
 * the import; in the end every article is there once, and the database holds exactly what one
 * uninterrupted import of the same folder gives (dates and sources per article, each event with its
 * sources, actors and round, proposals, answers and rounds), but for that correction. That
 * uninterrupted import runs in a child JVM of its own beside the killed ones, on a database of its
 * own.
 *
 * <p>Runs only with {@code -Dcrash.test=true}, which the {@code postgres-tests} profile sets for
 * its PostgreSQL run (in {@code .ci/run}). On H2, in two of four runs H2 2.3.232 found its own file
 * corrupted after the kills ("Double mark", an MVStore bug reported upstream), which no import code
 * can prevent; this test fails then, saying so.
 */
@Tag("database")
@EnabledIfSystemProperty(
        named = "crash.test",
        matches = "true",
        disabledReason =
                "H2 file mode sometimes corrupts its file on kill -9: see the class comment")
class CrashSafeImportIT {

    private static final int ARTICLES = 200;
    private static final int KILLS = 3;
    private static final Pattern PROGRESS = Pattern.compile("\\[(\\d+)/" + ARTICLES + "\\] ");

    /** ArticleImporter's line for an article it has just committed. */
    private static final Pattern STORED =
            Pattern.compile("\\] (\\S+\\.txt): \\d+ dates, \\d+ events");

    /** What the test's editor writes on the event it corrects between two kills. */
    private static final String CORRECTED = "checked by an editor during the import";

    @TempDir Path work;

    @Test
    void an_import_killed_several_times_then_finished_loses_nothing_and_duplicates_nothing()
            throws Exception {
        Path folder = articles(work.resolve("articles"));
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("crash test seed " + seed + " (-Dcrash.seed=" + seed + " repeats it)");
        String crashed = databaseUrl("crashed");
        // the uninterrupted import that the crashed one must equal in the end runs meanwhile, in a
        // JVM and a database of its own
        String clean = databaseUrl("clean");
        long cleanBegun = System.nanoTime();
        CompletableFuture<Double> cleanRun =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                runToEnd(folder, clean);
                                return (System.nanoTime() - cleanBegun) / 1e9;
                            } catch (Exception e) {
                                throw new CompletionException(e);
                            }
                        });

        long begun = System.nanoTime();
        int reached = 0;
        long corrected = -1;
        for (int kill = 1; kill <= KILLS; kill++) {
            // a random article position ahead, leaving some for the last run so that it finishes
            // the import
            int target = Math.min(ARTICLES - 10, reached + 1 + random.nextInt(45));
            long started = System.nanoTime();
            List<String> stored = new ArrayList<>();
            reached = runUntil(folder, crashed, target, stored);
            assertThat(files(crashed))
                    .as("every article the import said it stored survives the kill")
                    .containsAll(stored);
            System.out.printf(
                    "kill %d: SIGKILL after article %d/%d was stored, %.1f s after start, %d articles"
                            + " in the database%n",
                    kill,
                    reached,
                    ARTICLES,
                    (System.nanoTime() - started) / 1e9,
                    count(crashed, "select count(*) from article"));
            if (kill == 1) {
                corrected = correctOneEvent(crashed);
            }
        }
        List<String> finished = runToEnd(folder, crashed);
        System.out.printf(
                "%d kills and the finishing run: %.0f s%n",
                KILLS, (System.nanoTime() - begun) / 1e9);
        assertThat(finished).anyMatch(l -> l.contains("Import done"));

        assertThat(count(crashed, "select count(*) from article")).isEqualTo(ARTICLES);
        assertThat(
                        count(
                                crashed,
                                "select count(*) from timeline_event where corrected and summary = '"
                                        + CORRECTED
                                        + "' and id = "
                                        + corrected))
                .as("the editor's correction made between two kills is still there")
                .isOne();
        assertThat(count(crashed, "select count(distinct content_hash) from article"))
                .isEqualTo(ARTICLES);
        assertThat(count(crashed, "select count(distinct file_name) from article"))
                .isEqualTo(ARTICLES);

        System.out.printf(
                "the uninterrupted import beside them: %.0f s%n",
                cleanRun.get(10, TimeUnit.MINUTES));
        assertThat(perArticle(crashed))
                .as("dates and event sources of each article")
                .isEqualTo(perArticle(clean));
        for (String table :
                List.of(
                        "timeline_event",
                        "event_source",
                        "date_mention",
                        "proposal",
                        "response",
                        "negotiation_round",
                        "actor")) {
            assertThat(count(crashed, "select count(*) from " + table))
                    .as(table)
                    .isEqualTo(count(clean, "select count(*) from " + table));
        }
        Map<String, String> crashedEvents = events(crashed);
        Map<String, String> cleanEvents = events(clean);
        String correctedKey =
                text(crashed, "select stable_key from timeline_event where id = " + corrected);
        // the one thing the uninterrupted import cannot have: the editor's correction
        assertThat(crashedEvents.remove(correctedKey + " edit"))
                .isEqualTo("corrected, verified, summary " + CORRECTED);
        assertThat(cleanEvents.remove(correctedKey + " edit")).startsWith("not corrected,");
        assertThat(crashedEvents)
                .as("each event: what, when, who, round, sources, proposal or answer")
                .isEqualTo(cleanEvents);
        assertThat(rounds(crashed)).as("rounds").isEqualTo(rounds(clean));
    }

    /**
     * Each event by its stable key (which the article's text and the event's place in it give):
     * what it is, when, who, its round and sources, and the proposal or answer it is; and, under
     * the key followed by " edit", what an editor changes.
     */
    private static Map<String, String> events(String url) throws SQLException {
        Map<String, String> events = new TreeMap<>();
        rows(
                url,
                """
                select e.stable_key, e.event_type, e.stance, e.start_at, e.end_at, e.date_precision,
                       e.date_phrase, e.approximate, r.slug, e.corrected, e.verified, e.summary
                from timeline_event e left join negotiation_round r on r.id = e.round_id""",
                row -> {
                    events.put(row.get(0), String.join(" ", row.subList(1, 9)));
                    events.put(
                            row.get(0) + " edit",
                            "true".equals(row.get(9))
                                    ? "corrected, "
                                            + ("true".equals(row.get(10)) ? "" : "not ")
                                            + "verified, summary "
                                            + row.get(11)
                                    : "not corrected, "
                                            + ("true".equals(row.get(10)) ? "" : "not ")
                                            + "verified, summary "
                                            + row.get(11));
                });
        addAll(
                url,
                events,
                " actors",
                """
                select e.stable_key, a.name from event_actor ea
                join timeline_event e on e.id = ea.event_id join actor a on a.id = ea.actor_id""");
        addAll(
                url,
                events,
                " sources",
                """
                select e.stable_key, a.file_name, s.line, s.sentence, m.phrase from event_source s
                join timeline_event e on e.id = s.event_id join article a on a.id = s.article_id
                left join date_mention m on m.id = s.date_mention_id""");
        addAll(
                url,
                events,
                " proposal",
                """
                select e.stable_key, p.truce, p.stages, p.hostages, p.prisoners, p.effective_at,
                       p.ended_at, p.deadline_at, ae.stable_key
                from proposal p join timeline_event e on e.id = p.event_id
                left join proposal ap on ap.id = p.answers_id
                left join timeline_event ae on ae.id = ap.event_id""");
        addAll(
                url,
                events,
                " mediators",
                """
                select e.stable_key, a.name from proposal_mediator pm
                join proposal p on p.id = pm.proposal_id join timeline_event e on e.id = p.event_id
                join actor a on a.id = pm.actor_id""");
        addAll(
                url,
                events,
                " response",
                """
                select e.stable_key, a.name, pe.stable_key from response r
                join timeline_event e on e.id = r.event_id join actor a on a.id = r.party_id
                left join proposal p on p.id = r.proposal_id
                left join timeline_event pe on pe.id = p.event_id""");
        return events;
    }

    /** Each round by its slug: name, span, counterpart, outcome, parties and mediators. */
    private static Map<String, String> rounds(String url) throws SQLException {
        Map<String, String> rounds = new TreeMap<>();
        rows(
                url,
                """
                select r.slug, r.name, r.start_day, r.end_day, a.name, r.operation, r.outcome
                from negotiation_round r left join actor a on a.id = r.counterpart_id""",
                row -> rounds.put(row.get(0), String.join(" | ", row.subList(1, row.size()))));
        addAll(
                url,
                rounds,
                " actors",
                """
                select r.slug, a.name, ra.role from round_actor ra
                join negotiation_round r on r.id = ra.round_id join actor a on a.id = ra.actor_id""");
        return rounds;
    }

    /** Under each first column's value plus {@code suffix}: the rest of its rows, sorted. */
    private static void addAll(String url, Map<String, String> into, String suffix, String sql)
            throws SQLException {
        Map<String, List<String>> grouped = new TreeMap<>();
        rows(
                url,
                sql,
                row ->
                        grouped.computeIfAbsent(row.get(0) + suffix, k -> new ArrayList<>())
                                .add(String.join(" | ", row.subList(1, row.size()))));
        grouped.forEach(
                (key, values) -> {
                    Collections.sort(values);
                    into.put(key, String.join("\n", values));
                });
    }

    private static void rows(String url, String sql, Consumer<List<String>> each)
            throws SQLException {
        try (Connection db = connect(url);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(String.valueOf(rs.getObject(c)));
                }
                each.accept(row);
            }
        }
    }

    private static String text(String url, String sql) throws SQLException {
        try (Connection db = connect(url);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * An editor's correction, as the editor's save writes it, of the first dated event stored so
     * far; its date stays as it is, so that later reports of the event merge with it as they would
     * in the uninterrupted import.
     */
    private static long correctOneEvent(String url) throws SQLException {
        long id =
                count(
                        url,
                        "select min(id) from timeline_event where start_at is not null and not"
                                + " approximate");
        try (Connection db = connect(url);
                Statement st = db.createStatement()) {
            st.executeUpdate(
                    "update timeline_event set corrected = true, verified = true, summary = '"
                            + CORRECTED
                            + "', version = version + 1 where id = "
                            + id);
        }
        return id;
    }

    /**
     * Runs the import until it has logged article {@code target} (or a later one), then kills it
     * with SIGKILL.
     */
    private int runUntil(Path folder, String url, int target, List<String> stored)
            throws Exception {
        Process child = start(folder, url);
        AtomicInteger last = new AtomicInteger();
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    last.set(Integer.parseInt(m.group(1)));
                    Matcher done = STORED.matcher(line);
                    if (done.find()) {
                        stored.add(done.group(1));
                    }
                    if (last.get() >= target) {
                        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no
                        // commit, no close
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last.get())
                .as("progress before the kill; output:%n%s", tail(output))
                .isGreaterThanOrEqualTo(target);
        assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);
        return last.get();
    }

    private List<String> runToEnd(Path folder, String url) throws Exception {
        Process child = start(folder, url);
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(output::add);
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        // 1 means some articles had problems (an unknown publication day, say), which are not a
        // failed import
        assertThat(child.exitValue()).as("exit status; output:%n%s", tail(output)).isIn(0, 1);
        return output;
    }

    private static Process start(Path folder, String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.ceasefiretimeline.Application",
                        "import",
                        folder.toString(),
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user(url),
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .start();
    }

    /**
     * 200 real articles: the development set's, each copied with a closing line of its own, and a
     * manifest.
     */
    private static Path articles(Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        List<Path> sources = new ArrayList<>();
        Map<String, JsonNode> meta = new LinkedHashMap<>();
        for (String set : List.of("dev", "test")) {
            Path dir = Path.of("src/test/resources/devset", set);
            for (JsonNode entry :
                    json.readTree(dir.resolve("manifest.json").toFile()).get("articles")) {
                meta.put(entry.get("file").asText(), entry);
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(sources::add);
            }
        }
        ObjectNode manifest = json.createObjectNode();
        ArrayNode entries = manifest.putArray("articles");
        for (int i = 0; i < ARTICLES; i++) {
            Path source = sources.get(i % sources.size());
            String name = String.format("%03d_%s", i, source.getFileName());
            Files.writeString(
                    folder.resolve(name),
                    Files.readString(source) + "\n\nFiled by desk " + letters(i) + ".\n");
            JsonNode original = meta.get(source.getFileName().toString());
            ObjectNode entry = original == null ? json.createObjectNode() : original.deepCopy();
            entry.put("file", name);
            entries.add(entry);
        }
        json.writeValue(folder.resolve("manifest.json").toFile(), manifest);
        return folder;
    }

    private static String letters(int i) {
        return "" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    /**
     * A fresh PostgreSQL database when the tests run on it; else an H2 file of the test's with the
     * application's own URL options (application.properties).
     */
    private String databaseUrl(String name) throws IOException {
        if (TestPostgres.server().isPresent()) {
            return TestPostgres.freshDatabase("crash_" + name);
        }
        Properties app = new Properties();
        try (var in = CrashSafeImportIT.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        String url = app.getProperty("spring.datasource.url");
        String prefix = "jdbc:h2:file:./data/ceasefire";
        assertThat(url).as("the default database is an H2 file").startsWith(prefix);
        return "jdbc:h2:file:" + work.resolve(name + "/db") + url.substring(prefix.length());
    }

    private static String user(String url) {
        return url.startsWith("jdbc:postgresql:") ? TestPostgres.USER : "sa";
    }

    private static List<String> files(String url) throws SQLException {
        List<String> files = new ArrayList<>();
        try (Connection db = connect(url);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select file_name from article")) {
            while (rs.next()) {
                files.add(rs.getString(1));
            }
        }
        return files;
    }

    private static Map<String, String> perArticle(String url) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection db = connect(url);
                Statement st = db.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                """
                        select a.file_name,
                               (select count(*) from date_mention m where m.article_id = a.id),
                               (select count(*) from event_source s where s.article_id = a.id),
                               a.published, a.round_id is not null
                        from article a order by a.file_name""")) {
            while (rs.next()) {
                rows.put(
                        rs.getString(1),
                        rs.getLong(2)
                                + " dates, "
                                + rs.getLong(3)
                                + " sources, published "
                                + rs.getString(4)
                                + ", in a round: "
                                + rs.getBoolean(5));
            }
        }
        return rows;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection db = connect(url);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url, user(url), "");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90030) {
                throw new AssertionError(
                        "H2 finds its database file corrupted after the kills ("
                                + e.getMessage()
                                + "): the file store itself did not survive kill -9, whatever the import did",
                        e);
            }
            throw e;
        }
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
