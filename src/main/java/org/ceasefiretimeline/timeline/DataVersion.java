package org.ceasefiretimeline.timeline;

import java.sql.Timestamp;
import java.time.Duration;
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

    /** How long {@link #recent} may answer from its last read: another instance's change. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private record Read(Stamp stamp, long readAtNanos) {}

    private static final long MAX_AGE_NANOS = MAX_AGE.toNanos();

    private final JdbcTemplate jdbc;

    /** The last read, null once a change committed here; replaced only under {@link #lock}. */
    private volatile Read last;

    /** Raised by each change committed here: a read begun before it is not kept. */
    private long changes;

    private final Object lock = new Object();

    DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version now, from the database. */
    public Stamp current() {
        return jdbc.queryForObject(
                "SELECT version, changed_at FROM data_version WHERE id = 1",
                (row, n) -> new Stamp(row.getLong(1), row.getTimestamp(2).toInstant()));
    }

    /**
     * The version as of at most {@link #MAX_AGE} ago, without a query for most calls: for the
     * busiest read paths (the embed pages and the API). A change committed through this instance
     * shows at once; one committed by another instance on the same database within a second.
     */
    public Stamp recent() {
        Read read = last;
        long now = System.nanoTime();
        if (read != null && now - read.readAtNanos() < MAX_AGE_NANOS) {
            return read.stamp();
        }
        long changesBefore;
        synchronized (lock) {
            changesBefore = changes;
        }
        Stamp stamp = current();
        synchronized (lock) {
            // a change committed while we read may not be in what we read: keep nothing then
            if (changes == changesBefore) {
                last = new Read(stamp, now);
            }
        }
        return stamp;
    }

    /** A change to the timeline committed through this instance (or rolled back: no harm). */
    void changed() {
        synchronized (lock) {
            changes++;
            last = null;
        }
    }

    static final String BUMP_SQL =
            "UPDATE data_version SET version = version + 1, changed_at = ? WHERE id = 1";

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
