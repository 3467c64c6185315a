package io.salesplan.activity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Direct reads of the service's tables, for assertions on stored state. */
@ApplicationScoped
public class Sql {

    private final AgroalDataSource dataSource;

    public Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the service has applied these consumed events (their ids are in its inbox). */
    public void awaitApplied(String... eventIds) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from inbox_event where event_id = any (?)", (Object) eventIds) == eventIds.length);
    }

    /** Events written to the outbox for an aggregate (the synchronous record of what is published). */
    public long outboxEvents(Object aggregateId, String type) {
        return count("select count(*) from outbox_event where aggregate_id = ? and type = ?", aggregateId.toString(), type);
    }
}
