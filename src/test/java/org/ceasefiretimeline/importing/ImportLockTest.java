package org.ceasefiretimeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.ceasefiretimeline.base.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances' imports on one PostgreSQL database take turns, and a dead holder holds nothing.
 */
@Tag("database")
@EnabledIfSystemProperty(named = TestPostgres.SERVER, matches = ".+")
@ExtendWith(OutputCaptureExtension.class)
class ImportLockTest {

    private DataSource database;

    @BeforeEach
    void freshDatabase() {
        database =
                new DriverManagerDataSource(
                        TestPostgres.freshDatabase("import_lock"), TestPostgres.USER, "");
    }

    @Test
    void a_second_import_waits_for_the_first_to_end_and_says_so(CapturedOutput output)
            throws Exception {
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first =
                new Thread(
                        () ->
                                new ImportLock(database)
                                        .holding(
                                                "first",
                                                () -> {
                                                    steps.add("first starts");
                                                    holding.countDown();
                                                    awaitQuietly(release);
                                                    steps.add("first ends");
                                                    return null;
                                                }));
        first.start();
        holding.await();
        Thread second =
                new Thread(
                        () ->
                                new ImportLock(database)
                                        .holding(
                                                "second",
                                                () -> {
                                                    steps.add("second starts");
                                                    return null;
                                                }));
        second.start();
        while (!someoneWaitsForTheLock()) {
            Thread.onSpinWait();
        }
        assertThat(steps).containsExactly("first starts");
        release.countDown();
        first.join();
        second.join();
        assertThat(steps).containsExactly("first starts", "first ends", "second starts");
        assertThat(output)
                .contains("second: another instance is importing; waiting for it to finish")
                .contains("second: the other instance's import has ended; going on");
    }

    @Test
    void a_lock_whose_holder_is_gone_is_free(CapturedOutput output) throws Exception {
        try (Connection killed = database.getConnection();
                Statement st = killed.createStatement()) {
            st.execute("select pg_advisory_lock(" + ImportLock.KEY + ")");
        }
        assertThat(new ImportLock(database).holding("next", () -> "ran")).isEqualTo("ran");
        assertThat(output).doesNotContain("waiting");
    }

    private boolean someoneWaitsForTheLock() throws SQLException {
        try (Connection c = database.getConnection();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
