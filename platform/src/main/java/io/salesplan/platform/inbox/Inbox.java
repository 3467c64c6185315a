package io.salesplan.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of events already applied. Inserting first and reading back which rows went in (rather than
 * checking, then inserting) leaves no window in which two deliveries both look new.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT_ALL = "insert into inbox_event (event_id, topic, type) "
            + "select * from unnest(?::varchar[], ?::varchar[], ?::varchar[]) on conflict (event_id) do nothing "
            + "returning event_id";

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One delivered event, as the inbox records it. */
    public record Delivery(String eventId, String topic, String type) {
    }

    /**
     * Records several events in the current transaction with one statement.
     *
     * @return the ids of the events delivered for the first time, whose effect must be applied now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(List<Delivery> deliveries) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            insert.setArray(1, connection.createArrayOf("varchar",
                    deliveries.stream().map(Delivery::eventId).toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", deliveries.stream().map(Delivery::topic).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", deliveries.stream().map(Delivery::type).toArray()));
            Set<String> fresh = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    fresh.add(rows.getString(1));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + deliveries.size() + " events in the inbox", e);
        }
    }
}
