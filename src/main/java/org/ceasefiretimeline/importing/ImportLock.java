package org.ceasefiretimeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One import at a time across the instances that share a PostgreSQL database: a session-level
 * advisory lock, taken on a connection of its own for the whole import. The server releases it when
 * that connection ends, so an instance killed mid-import never leaves it held (a lock table would
 * need a timeout). An instance that finds it held waits, and says so. H2 needs none: its file
 * database opens in one process only.
 */
@Component
public class ImportLock {

    private static final Logger LOG = LoggerFactory.getLogger(ImportLock.class);

    /** The advisory lock's key: "ceasefir" in ASCII, so that other users of the server can tell. */
    static final long KEY = 0x6365617365666972L;

    private final DataSource dataSource;

    ImportLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} holding the lock, first waiting for another instance's import to end.
     *
     * @param what names the import in the log
     */
    public <T> T holding(String what, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return work.get();
            }
            if (!call(connection, "select pg_try_advisory_lock(?)")) {
                LOG.info("{}: another instance is importing; waiting for it to finish", what);
                call(connection, "select pg_advisory_lock(?) is null");
                LOG.info("{}: the other instance's import has ended; going on", what);
            }
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot take the import lock", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setLong(1, KEY);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
