package io.salesplan.platform.testapp;

import io.salesplan.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Writes state and its event together, as a service would. */
@ApplicationScoped
public class OrderService {

    public record OrderPlaced(UUID orderId, String name, int sequence) {
    }

    private final Sql sql;
    private final Outbox outbox;

    public OrderService(Sql sql, Outbox outbox) {
        this.sql = sql;
        this.outbox = outbox;
    }

    @Transactional
    public void place(UUID aggregateId, String name, int sequence) {
        sql.update("insert into test_order (id, name) values (?, ?)", UUID.randomUUID(), name);
        outbox.publish("salesplan.test.order-placed.v1", aggregateId.toString(),
                new OrderPlaced(aggregateId, name, sequence));
    }

    @Transactional
    public void placeThenFail(UUID aggregateId, String name) {
        place(aggregateId, name, 0);
        throw new IllegalStateException("a rule failed after the event was written");
    }

    public long orders(String name) {
        return sql.count("select count(*) from test_order where name = ?", name);
    }

    public long events(String aggregateId) {
        return sql.count("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
    }

    public long pendingEvents(String aggregateId) {
        return sql.count("select count(*) from outbox_event where aggregate_id = ? and sent_at is null", aggregateId);
    }
}
