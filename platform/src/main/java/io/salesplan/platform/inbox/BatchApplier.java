package io.salesplan.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Applies one poll's records: all in one transaction together with their inbox rows; if that fails
 * for a reason that is not an outage, each record alone, so that one bad record cannot hold back the
 * others. A record that can never be applied goes to {@code <topic>.dlt} with the reason. An outage
 * of the database (or of Kafka, for a dead letter) is thrown as {@link OutageException}: nothing is
 * wrong with the events, and the consumer reads them again later.
 */
final class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);
    /** Deadlock and serialization failure: the same events succeed when tried again. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40P01", "40001");

    private final Map<String, EventHandler> handlers;
    private final Inbox inbox;
    private final EventCodec codec;
    private final PlatformConfig.InboxSettings settings;
    private final String groupId;
    private final Producer<String, String> deadLetters;

    BatchApplier(Map<String, EventHandler> handlers, Inbox inbox, EventCodec codec,
            PlatformConfig.InboxSettings settings, String groupId, Producer<String, String> deadLetters) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.codec = codec;
        this.settings = settings;
        this.groupId = groupId;
        this.deadLetters = deadLetters;
    }

    void apply(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Decoded> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                batch.add(new Decoded(record, decode(record)));
            } catch (MalformedEventException e) {
                deadLetter(record, e.getMessage());
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(batch));
            return;
        } catch (RuntimeException | Error e) {
            rethrowIfFatalOrOutage(e);
            LOG.debugf("Batch of %d events failed (%s); applying them one by one", batch.size(), e);
        }
        for (Decoded decoded : batch) {
            applyAlone(decoded);
        }
    }

    private void applyAlone(Decoded decoded) throws InterruptedException {
        int attempts = settings.maxAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(decoded)));
                return;
            } catch (RuntimeException | Error e) {
                rethrowIfFatalOrOutage(e);
                if (e instanceof MalformedEventException || attempt >= attempts) {
                    LOG.warnf("Event %s (%s) cannot be applied: %s", decoded.event.id(), decoded.event.type(),
                            reason(e));
                    deadLetter(decoded.record, reason(e));
                    return;
                }
                Thread.sleep(settings.initialBackoff().toMillis() * attempt);
            }
        }
    }

    /**
     * Records the events in the inbox with one statement and hands those delivered for the first time
     * to their handlers, each handler's events at once (a poll's topics are not ordered among each other).
     */
    private void applyAll(List<Decoded> batch) {
        Set<String> fresh = inbox.firstDeliveries(batch.stream()
                .map(d -> new Inbox.Delivery(d.event.id(), d.record.topic(), d.event.type()))
                .toList());
        Map<EventHandler, List<EventEnvelope>> byHandler = new LinkedHashMap<>();
        for (Decoded decoded : batch) {
            // removing the id makes a second copy of the event in the same poll a no-op
            if (fresh.remove(decoded.event.id())) {
                byHandler.computeIfAbsent(handlers.get(decoded.record.topic()), h -> new ArrayList<>())
                        .add(decoded.event);
            }
        }
        byHandler.forEach(EventHandler::handleAll);
        handlers.values().stream().distinct().forEach(EventHandler::flush);
    }

    private EventEnvelope decode(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEventException("record has no value");
        }
        return codec.read(record.value());
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + InboxConsumer.DEAD_LETTER_SUFFIX,
                record.key(), record.value());
        dead.headers().add(InboxConsumer.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("salesplan-dlt-origin", (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        dead.headers().add("salesplan-dlt-consumer", groupId.getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(dead).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutageException(e);
        } catch (Exception e) {
            throw new OutageException(e);
        }
    }

    /**
     * An outage is the consumer's to wait out, and a JVM that ran out of memory has no business
     * dead-lettering; anything else a handler throws (a stack overflow on one event included) is
     * about the events, which go the per-event way.
     */
    private static void rethrowIfFatalOrOutage(Throwable e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
            throw (VirtualMachineError) e;
        }
        if (isOutage(e)) {
            throw new OutageException(e);
        }
    }

    /** The database (or Kafka, for dead letters) is unreachable: nothing is wrong with the event. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutageException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || RETRYABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e instanceof MalformedEventException ? e.getMessage() : message;
    }

    private record Decoded(ConsumerRecord<String, String> record, EventEnvelope event) {
    }

    /** The events could not be applied because something they need is unreachable; read them again later. */
    static final class OutageException extends RuntimeException {
        OutageException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
