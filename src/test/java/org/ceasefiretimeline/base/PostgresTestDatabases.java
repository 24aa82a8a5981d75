package org.ceasefiretimeline.base;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the database tests on PostgreSQL when {@link TestPostgres#SERVER} is set: each H2 database a
 * test names ({@code jdbc:h2:mem:NAME}, or an H2 file) becomes a PostgreSQL database of its own,
 * created empty the first time this JVM uses it (two contexts naming one database share it, as on
 * H2); a test that names none (a {@code @DataJpaTest}, whose embedded database is replaced) gets a
 * fresh one per context. Registered in {@code META-INF/spring.factories} of the test resources; it
 * outranks the tests' own properties.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor {

    /** Set by a test that wants H2 even here: the source of a move from H2 to PostgreSQL. */
    public static final String KEEP_H2 = "ceasefire.test.keep-h2";

    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();
    private static final AtomicInteger UNNAMED = new AtomicInteger();

    @Override
    public void postProcessEnvironment(
            ConfigurableEnvironment environment, SpringApplication application) {
        if (TestPostgres.server().isEmpty()
                || environment.getProperty(KEEP_H2, Boolean.class, false)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            return;
        }
        // a test that names no database of its own (a slice test's embedded one) gets a fresh one
        String name =
                url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:file:") && !isDefault(url)
                        ? databaseName(url)
                        : "unnamed_" + UNNAMED.incrementAndGet();
        Map<String, Object> replaced = new HashMap<>();
        replaced.put("spring.test.database.replace", "none");
        replaced.put(
                "spring.datasource.url",
                CREATED.computeIfAbsent(name, TestPostgres::freshDatabase));
        replaced.put("spring.datasource.username", TestPostgres.USER);
        replaced.put("spring.datasource.password", "");
        // many cached test contexts share one server
        replaced.put("spring.datasource.hikari.maximum-pool-size", "3");
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("postgres-tests", replaced));
    }

    /** The application's own file database (application.properties), which no test should share. */
    private static boolean isDefault(String url) {
        return url.contains("./data/ceasefire");
    }

    /** "jdbc:h2:mem:corrections;DB_CLOSE_DELAY=-1" → "h2_corrections"; a file by its path. */
    static String databaseName(String h2Url) {
        String path = h2Url.replaceFirst("^jdbc:h2:(mem:|file:)?", "").replaceFirst(";.*", "");
        String plain = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String name = "h2_" + plain;
        if (name.length() > 40) {
            name =
                    "h2_"
                            + Integer.toHexString(path.hashCode())
                            + "_"
                            + plain.substring(plain.length() - 20);
        }
        return name;
    }
}
