package org.ceasefiretimeline.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The timeline's data version, read from the database so that every instance sharing it agrees:
 * {@link DataVersionBump} raises it in the same transaction as any change to a timeline entity.
 */
@Component
public class DataVersion {

    /** A version number and when it was reached. */
    public record Stamp(long number, Instant changedAt) {}

    private final JdbcTemplate jdbc;

    DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Stamp current() {
        return jdbc.queryForObject(
                "SELECT version, changed_at FROM data_version WHERE id = 1",
                (row, n) -> new Stamp(row.getLong(1), row.getTimestamp(2).toInstant()));
    }

    static final String BUMP_SQL =
            "UPDATE data_version SET version = version + 1, changed_at = ? WHERE id = 1";

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
