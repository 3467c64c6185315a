package io.salesplan.platform.testapp;

import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Consumes the test application's own topic, as review-service consumes the others': each placed
 * order is an effect, so one trace runs from the request that placed it to the span that applied it.
 */
@ApplicationScoped
public class OrderPlacedHandler implements EventHandler {

    private final Sql sql;

    public OrderPlacedHandler(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.goals");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().equals("salesplan.test.order-placed.v1")) {
            sql.update("insert into test_effect (aggregate_id, event_id) values (?, ?)", event.subject(), event.id());
        }
    }
}
