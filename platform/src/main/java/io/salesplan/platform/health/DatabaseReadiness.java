package io.salesplan.platform.health;

import io.salesplan.platform.config.PlatformConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.postgresql.Driver;

/**
 * Readiness of the database, in place of Quarkus' own check (which ran on a worker thread and waited
 * up to the pool's acquisition timeout). It opens a connection of its own rather than borrowing one
 * from the pool, so that a pool busy with requests never reads as a database that does not answer,
 * and it answers DOWN after {@code salesplan.health.timeout}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    /** The name Quarkus' check had, which dashboards and tests know. */
    public static final String NAME = "Database connections health check";
    /** Frees the probe's thread at last even from a server that accepts connections but never answers. */
    private static final int SOCKET_TIMEOUT_SECONDS = 10;

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Duration timeout;
    private final BoundedProbe probe;

    public DatabaseReadiness(PlatformConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.timeout = config.health().timeout();
        this.probe = new BoundedProbe("database", this::validate, timeout, config.health().cacheFor(),
                Clock.systemUTC());
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(probe::result)
                .map(result -> Checks.response(NAME, result.up(), true, result.data()))
                .onFailure().recoverWithItem(e -> Checks.response(NAME, false, true, Map.of("reason", e.toString())));
    }

    private Map<String, String> validate() throws SQLException {
        int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        Properties props = new Properties();
        user.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", String.valueOf(seconds));
        props.setProperty("loginTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        props.setProperty("ApplicationName", "health-probe");
        try (Connection connection = new Driver().connect(url, props)) {
            if (connection == null || !connection.isValid(seconds)) {
                throw new SQLException("the database did not validate the connection");
            }
        }
        return Map.of();
    }

    @PreDestroy
    void close() {
        probe.close();
    }
}
