package io.salesplan.platform.inbox;

import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Applies one poll's records: all in one transaction together with their inbox rows (none for an
 * {@link EventHandler#idempotent() idempotent} handler's); if that fails
 * for a reason that is not an outage, each record alone, so that one bad record cannot hold back the
 * others. A record that can never be applied goes to {@code <topic>.dlt} with the reason. An outage
 * of the database (or of Kafka, for a dead letter) is thrown as {@link OutageException}: nothing is
 * wrong with the events, and the consumer reads them again later.
 *
 * <p>Each attempt traces every event it applies ({@link EventSpans}) and counts what became of them
 * ({@link InboxTelemetry}).
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
    private final InboxTelemetry telemetry;

    BatchApplier(Map<String, EventHandler> handlers, Inbox inbox, EventCodec codec,
            PlatformConfig.InboxSettings settings, String groupId, Producer<String, String> deadLetters,
            InboxTelemetry telemetry) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.codec = codec;
        this.settings = settings;
        this.groupId = groupId;
        this.deadLetters = deadLetters;
        this.telemetry = telemetry;
    }

    void apply(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Consumed> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                batch.add(new Consumed(record, decode(record)));
            } catch (MalformedEventException e) {
                deadLetter(record, e.getMessage());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        EventSpans spans = telemetry.start(batch, groupId);
        try {
            applyInTransaction(batch, spans);
            spans.committed();
            return;
        } catch (RuntimeException | Error e) {
            spans.failed(e, false);
            rethrowIfFatalOrOutage(e);
            LOG.debugf("Batch of %d events failed (%s); applying them one by one", batch.size(), e.getClass().getName());
        }
        for (Consumed consumed : batch) {
            applyAlone(consumed);
        }
    }

    private void applyAlone(Consumed consumed) throws InterruptedException {
        int attempts = settings.maxAttempts();
        for (int attempt = 1; ; attempt++) {
            telemetry.retried(consumed.record().topic(), 1);
            EventSpans spans = telemetry.start(List.of(consumed), groupId);
            try {
                applyInTransaction(List.of(consumed), spans);
                spans.committed();
                return;
            } catch (RuntimeException | Error e) {
                boolean last = e instanceof MalformedEventException || attempt >= attempts;
                spans.failed(e, last && !isOutage(e) && !isFatal(e));
                rethrowIfFatalOrOutage(e);
                if (last) {
                    try (Scope logging = spans.currentIfAlone()) {
                        LOG.warnf("Event %s (%s) cannot be applied: %s", consumed.event().id(), consumed.event().type(),
                                reason(e));
                    }
                    deadLetter(consumed.record(), reason(e));
                    return;
                }
                Thread.sleep(settings.initialBackoff().toMillis() * attempt);
            }
        }
    }

    /** One transaction; a lone event's span is current in it, so that its statements join its trace. */
    private void applyInTransaction(List<Consumed> batch, EventSpans spans) {
        try (Scope current = spans.currentIfAlone()) {
            QuarkusTransaction.requiringNew().run(() -> applyAll(batch, spans));
        }
    }

    /**
     * Records the events in the inbox with one statement and hands those delivered for the first time
     * to their handlers, each handler's events at once (a poll's topics are not ordered among each other).
     * The events of an {@link EventHandler#idempotent() idempotent} handler are not recorded; each is
     * handed over once per poll.
     */
    private void applyAll(List<Consumed> batch, EventSpans spans) {
        List<Inbox.Delivery> recorded = new ArrayList<>(batch.size());
        for (Consumed c : batch) {
            if (!handlers.get(c.record().topic()).idempotent()) {
                recorded.add(new Inbox.Delivery(c.event().id(), c.record().topic(), c.event().type()));
            }
        }
        Set<String> fresh = recorded.isEmpty() ? new HashSet<>() : inbox.firstDeliveries(recorded);
        Set<String> handedOver = new HashSet<>();
        Map<EventHandler, List<EventEnvelope>> byHandler = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Consumed consumed = batch.get(i);
            EventHandler handler = handlers.get(consumed.record().topic());
            // removing the id (or remembering it) makes a second copy of the event in the same poll a no-op
            boolean first = handler.idempotent() ? handedOver.add(consumed.event().id())
                    : fresh.remove(consumed.event().id());
            if (first) {
                spans.fresh(i);
                byHandler.computeIfAbsent(handler, h -> new ArrayList<>()).add(consumed.event());
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

    /** The record as it came (its headers too, so a CloudEvents SDK reads it), with why and from where. */
    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + InboxConsumer.DEAD_LETTER_SUFFIX,
                null, record.key(), record.value(), record.headers());
        dead.headers().add(InboxConsumer.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("salesplan-dlt-origin", (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        dead.headers().add("salesplan-dlt-consumer", groupId.getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(dead).get();
            telemetry.deadLettered(record.topic());
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
        if (isFatal(e)) {
            throw (VirtualMachineError) e;
        }
        if (isOutage(e)) {
            throw new OutageException(e);
        }
    }

    private static boolean isFatal(Throwable e) {
        return e instanceof VirtualMachineError && !(e instanceof StackOverflowError);
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

    /** The events could not be applied because something they need is unreachable; read them again later. */
    static final class OutageException extends RuntimeException {
        OutageException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
