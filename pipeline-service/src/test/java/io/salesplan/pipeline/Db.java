package io.salesplan.pipeline;

import io.agroal.api.AgroalDataSource;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads stored state directly, for assertions that nothing (or exactly one thing) was written. */
@ApplicationScoped
public class Db {

    private final AgroalDataSource dataSource;

    public Db(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... params) {
        Object value = single(sql, params);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public Object single(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the service has applied the event it consumed (its inbox holds the event id). */
    public boolean applied(EventEnvelope event) {
        return count("select count(*) from inbox_event where event_id = ?", event.id()) == 1;
    }

    /** Events of the aggregate still waiting in the outbox. */
    public long pendingEvents(String aggregateId) {
        return count("select count(*) from outbox_event where aggregate_id = ? and sent_at is null", aggregateId);
    }

    public long outboxEvents(String aggregateId) {
        return count("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
    }
}
