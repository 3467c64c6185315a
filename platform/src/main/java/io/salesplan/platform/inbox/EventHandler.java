package io.salesplan.platform.inbox;

import io.salesplan.platform.event.EventEnvelope;
import java.util.List;
import java.util.Set;

/**
 * Applies the events of some topics to a service's own state. Implementations are CDI beans; the
 * {@link InboxConsumer} calls {@link #handleAll} inside the transaction that also records the event
 * ids, so an event that was already applied is never applied again (unless the handler is
 * {@link #idempotent()}, which makes that record unnecessary).
 *
 * <p>Throw {@link io.salesplan.platform.event.MalformedEventException} for an event that can never
 * be applied (it goes to the dead-letter topic); ignore event types the service has no use for.
 */
public interface EventHandler {

    Set<String> topics();

    void handle(EventEnvelope event);

    /**
     * Applies the events of one poll that were delivered for the first time, in the order of their
     * partitions. A handler that can apply many events at once (a few set-based statements instead
     * of a few per event) overrides this; by default each event is handled in turn. When the batch
     * fails, the inbox calls it again with each event alone, so that a bad one is isolated.
     */
    default void handleAll(List<EventEnvelope> events) {
        events.forEach(this::handle);
    }

    /**
     * Called once at the end of each transaction of applied events, still inside it: a handler
     * that buffers work across the events of a batch (for example aggregate deltas) writes it here.
     */
    default void flush() {
    }

    /**
     * True for a handler whose effect is idempotent by construction: applying one of its events again,
     * or an older state of an aggregate after a newer one, changes nothing (for example an upsert kept
     * only when the event's version is newer than the stored one, under a row lock). The inbox then
     * records none of its events' ids, one write per event less. Everything else stays: offsets are
     * committed after the transaction, a partition's order is kept, copies of an event within one
     * poll are handed over once, bad events are dead-lettered, and telemetry counts each event handed
     * over as applied (a redelivery in a later poll included, as the inbox cannot tell it apart).
     */
    default boolean idempotent() {
        return false;
    }
}
