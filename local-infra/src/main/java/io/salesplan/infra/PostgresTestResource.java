package io.salesplan.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for a test JVM: the zonky embedded binaries, started once and shared by every
 * test of the module. Set {@code SALESPLAN_TEST_JDBC_URL} (with {@code SALESPLAN_TEST_DB_USER} and
 * {@code SALESPLAN_TEST_DB_PASSWORD}) to use an existing server instead, for example where
 * unprivileged user namespaces are blocked.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;
    private static String user = "postgres";
    private static String password = "postgres";

    @Override
    public synchronized Map<String, String> start() {
        if (jdbcUrl == null) {
            String external = System.getenv("SALESPLAN_TEST_JDBC_URL");
            if (external != null && !external.isBlank()) {
                jdbcUrl = external;
                user = System.getenv().getOrDefault("SALESPLAN_TEST_DB_USER", user);
                password = System.getenv().getOrDefault("SALESPLAN_TEST_DB_PASSWORD", password);
            } else {
                startEmbedded();
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static void startEmbedded() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database salesplan_test");
            }
            jdbcUrl = postgres.getJdbcUrl("postgres", "salesplan_test");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
    }

    /** Stops the database server, for tests of behaviour during a database outage. */
    public static synchronized void stopServer() {
        requireEmbedded();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String jdbcUrl() {
        return jdbcUrl;
    }

    public static String user() {
        return user;
    }

    public static String password() {
        return password;
    }

    private static void requireEmbedded() {
        if (postgres == null) {
            throw new IllegalStateException("the test database is not the embedded one");
        }
    }

    @Override
    public void stop() {
        // Shared by every test of the JVM; the zonky shutdown hook stops it when the JVM exits.
    }
}
