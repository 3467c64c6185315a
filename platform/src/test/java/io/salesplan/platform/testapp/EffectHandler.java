package io.salesplan.platform.testapp;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Records one row per applied event, so tests can count effects. */
@ApplicationScoped
public class EffectHandler implements EventHandler {

    public record Effect(String note) {
    }

    private static final Map<String, Runnable> ONCE = new ConcurrentHashMap<>();

    private final Sql sql;
    private final EventCodec codec;

    /**
     * Runs {@code action} in the consumer's thread, inside the transaction that applies the next
     * event with this note, once: a test's way to make something happen at that exact moment.
     */
    public static void onceOn(String note, Runnable action) {
        ONCE.put(note, action);
    }

    /** Whether the action registered for {@code note} is still waiting for its event. */
    public static boolean pending(String note) {
        return ONCE.containsKey(note);
    }

    public EffectHandler(Sql sql, EventCodec codec) {
        this.sql = sql;
        this.codec = codec;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.reviews");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!event.type().startsWith("salesplan.test.")) {
            throw new MalformedEventException("unknown event type " + event.type());
        }
        Effect effect = codec.data(event, Effect.class);
        if ("fail".equals(effect.note())) {
            throw new IllegalStateException("this event always fails");
        }
        Runnable action = ONCE.remove(effect.note());
        if (action != null) {
            action.run();
        }
        sql.update("insert into test_effect (aggregate_id, event_id) values (?, ?)", event.subject(), event.id());
    }

    public long effects(String aggregateId) {
        return sql.count("select count(*) from test_effect where aggregate_id = ?", aggregateId);
    }
}
