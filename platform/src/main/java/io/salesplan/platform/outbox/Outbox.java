package io.salesplan.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.telemetry.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes events into the {@code outbox_event} table inside the caller's transaction, so that a
 * state change and its event commit or roll back together. {@link OutboxRelay} publishes them.
 * Events written during a request carry the caller's subject as their {@code actor}, and events written
 * inside a trace that trace's context as their {@code traceparent}, which the relay continues.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event (event_id, topic, aggregate_id, type, payload, "
            + "traceparent) values (?, ?, ?, ?, ?, ?)";

    private static final AttributeKey<Long> EVENTS = AttributeKey.longKey("salesplan.outbox.events");

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final TransactionSynchronizationRegistry registry;
    private final OutboxRelay relay;
    private final Actors actors;
    private final String source;
    private final String topic;

    public Outbox(AgroalDataSource dataSource, EventCodec codec, TransactionSynchronizationRegistry registry,
            OutboxRelay relay, Actors actors, PlatformConfig config) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.registry = registry;
        this.relay = relay;
        this.actors = actors;
        this.source = "/" + config.serviceName();
        this.topic = config.outbox().topic();
    }

    /** One event to publish: its type ({@code salesplan.goal.created.v1}), aggregate id and payload record. */
    public record Draft(String type, String aggregateId, Object data) {
    }

    /** Records one event in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String aggregateId, Object data) {
        publishAll(List.of(new Draft(type, aggregateId, data)));
    }

    /** Records several events in the current transaction with one JDBC batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        String actor = actors.current();
        String traceparent = TraceContext.traceparent(Context.current());
        // Agroal hands out the connection already enlisted in this JTA transaction.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Draft draft : drafts) {
                EventCodec.Written event = codec.writeNew(source, draft.type(), draft.aggregateId(), actor,
                        traceparent, draft.data());
                insert.setObject(1, event.id());
                insert.setString(2, topic);
                insert.setString(3, draft.aggregateId());
                insert.setString(4, draft.type());
                insert.setString(5, event.json());
                insert.setString(6, traceparent);
                insert.addBatch();
            }
            insert.executeBatch();
            Span.current().addEvent("outbox write", Attributes.of(EVENTS, (long) drafts.size()));
        } catch (SQLException e) {
            throw new OutboxWriteException(e);
        }
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    /** The event could not be written; the surrounding transaction must roll back. */
    public static class OutboxWriteException extends RuntimeException {
        OutboxWriteException(SQLException cause) {
            super("could not write to the outbox", cause);
        }
    }
}
