package io.salesplan.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The record of events already applied. Inserting first and reading the row count (rather than
 * checking, then inserting) leaves no window in which two deliveries both look new.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = "insert into inbox_event (event_id, topic, type) values (?, ?, ?) "
            + "on conflict (event_id) do nothing";

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event in the current transaction.
     *
     * @return true when the event is new and its effect must be applied now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String topic, String type) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, eventId);
            insert.setString(2, topic);
            insert.setString(3, type);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " in the inbox", e);
        }
    }
}
