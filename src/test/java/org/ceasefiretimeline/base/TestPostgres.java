package org.ceasefiretimeline.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL server the tests run on when the build's {@code postgres-tests} profile gives one
 * ({@code -Dceasefire.test.postgres=jdbc:postgresql://HOST:PORT/}, started by {@code
 * .ci/postgres}): fresh databases on it for tests that bring their own.
 */
public final class TestPostgres {

    /** The system property naming the server; unset, the tests run on H2 only. */
    public static final String SERVER = "ceasefire.test.postgres";

    public static final String USER = "postgres";

    private TestPostgres() {}

    /** The server's JDBC base URL ending in '/', when the tests run on PostgreSQL. */
    public static Optional<String> server() {
        String url = System.getProperty(SERVER, "");
        if (url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    /** Drops the database if it exists and creates it empty; returns its JDBC URL. */
    public static String freshDatabase(String name) {
        String server = server().orElseThrow(() -> new IllegalStateException(SERVER + " unset"));
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER, "");
                Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + name + " with (force)");
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + server, e);
        }
        return server + name;
    }
}
