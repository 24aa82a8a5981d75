package org.ceasefiretimeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ceasefiretimeline.Application;
import org.ceasefiretimeline.base.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances started at the same moment on one empty PostgreSQL database: both migrate it
 * (Flyway serialises them with its own advisory lock) and both import the seeds at start-up (one at
 * a time, {@link ImportLock}): every migration is applied once, every seed stored once, both start.
 */
@Tag("database")
@EnabledIfSystemProperty(named = TestPostgres.SERVER, matches = ".+")
class TwoInstancesStartTogetherTest {

    @Test
    void two_instances_starting_together_migrate_once_and_import_the_seeds_once() throws Exception {
        String url = TestPostgres.freshDatabase("two_instances_start");
        CyclicBarrier together = new CyclicBarrier(2);
        // two Spring Boot starts at once in one JVM race on its one logging system ("Unable to find
        // Spring Environment in logger context"); the instances of a real cluster are two JVMs
        String loggingSystem = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            started.add(
                    threads.submit(
                            () -> {
                                together.await();
                                return new SpringApplicationBuilder(Application.class)
                                        .web(WebApplicationType.NONE)
                                        .run(
                                                "--spring.datasource.url=" + url,
                                                "--spring.datasource.username=" + TestPostgres.USER,
                                                "--spring.autoconfigure.exclude="
                                                        + ImportCommand.NO_WEB,
                                                "--ceasefire.import-seeds-on-start=true");
                            }));
        }
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            for (var s : started) {
                instances.add(s.get());
            }
        } finally {
            threads.shutdown();
            instances.forEach(ConfigurableApplicationContext::close);
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.USER, ""));
        assertThat(db.queryForObject("select count(*) from article", Integer.class)).isEqualTo(5);
        assertThat(
                        db.queryForList(
                                "select version from flyway_schema_history where success"
                                        + " and version is not null group by version"
                                        + " having count(*) > 1"))
                .as("migrations applied twice")
                .isEmpty();
        assertThat(
                        db.queryForObject(
                                "select count(*) from flyway_schema_history where not success",
                                Integer.class))
                .isZero();
    }
}
