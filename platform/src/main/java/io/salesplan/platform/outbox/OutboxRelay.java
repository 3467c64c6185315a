package io.salesplan.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.telemetry.MessagingAttributes;
import io.salesplan.platform.telemetry.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka, oldest first, and marks them sent.
 *
 * <p>One relay publishes at a time across all replicas of a service: each round takes a
 * transaction-scoped advisory lock and skips when another replica holds it, so events of one
 * aggregate are never published out of order or twice by two replicas. Rows are marked sent only
 * after Kafka acknowledged them ({@code acks=all}, idempotent producer); when Kafka is down the
 * round rolls back and is retried with a growing back-off, so nothing is lost. A crash between
 * the acknowledgement and the commit republishes a batch, which the consumers' inbox absorbs.
 *
 * <p>Published rows are deleted once they are older than the retention, every {@code purge-interval},
 * {@code purge-batch-size} rows per statement and transaction, one batch after each round until a
 * batch comes back short: a purge never holds its locks long, never writes one large burst of WAL,
 * and never delays publishing by more than one batch.
 *
 * <p>Each record is published in the CloudEvents Kafka binding's structured mode (a {@code content-type}
 * header, the event as the value) and as a span ({@code publish <topic>}) that continues the trace of the
 * transaction that wrote it; the span's context travels in the record's {@code traceparent} header for
 * the consumer to continue. {@code salesplan.outbox.published} counts the events published and
 * {@code salesplan.outbox.failures} the rounds that failed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x5a1e5_0b0L;
    /** The CloudEvents Kafka binding's header, lower case as its SDKs write it. */
    public static final String CONTENT_TYPE_HEADER = "content-type";
    private static final String SELECT_PENDING = "select id, topic, aggregate_id, payload, event_id, type, traceparent "
            + "from outbox_event where sent_at is null order by id limit ? for update skip locked";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where id = any (?)";
    /**
     * The oldest published rows past the retention, a batch at a time, through the index on
     * {@code sent_at}; rows another purger holds are skipped rather than waited for.
     */
    private static final String PURGE = "delete from outbox_event where id in (select id from outbox_event "
            + "where sent_at < ? order by sent_at limit ? for update skip locked)";

    private final AgroalDataSource dataSource;
    private final PlatformConfig.OutboxSettings settings;
    private final String bootstrapServers;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final Counter published;
    private final Counter failures;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private Instant nextPurge = Instant.EPOCH;

    public OutboxRelay(AgroalDataSource dataSource, PlatformConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OpenTelemetry telemetry,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.settings = config.outbox();
        this.bootstrapServers = bootstrapServers;
        this.tracer = telemetry.getTracer("io.salesplan.platform.outbox");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.published = Counter.builder("salesplan.outbox.published")
                .description("Events the outbox relay published to Kafka (acknowledged and marked sent)")
                .register(registry);
        this.failures = Counter.builder("salesplan.outbox.failures")
                .description("Relay rounds that failed (Kafka or the database unreachable, an event refused); retried with back-off")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        closeProducer();
    }

    /** Called after a local commit wrote events, so they go out without waiting for the next poll. */
    public void wakeUp() {
        signal.release();
    }

    private void run() {
        Duration backoff = settings.initialBackoff();
        while (running) {
            try {
                int published = relayOnce();
                backoff = settings.initialBackoff();
                if (published < settings.batchSize()) {
                    signal.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Outbox relay could not publish (retrying in %d ms): %s", backoff.toMillis(), e.toString());
                closeProducer();
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2);
                if (backoff.compareTo(settings.maxBackoff()) > 0) {
                    backoff = settings.maxBackoff();
                }
            }
        }
    }

    /**
     * Publishes one batch of pending events.
     *
     * @return how many events were published (0 when none were pending or another replica relays)
     */
    public int relayOnce() throws Exception {
        try {
            return relayRound();
        } catch (Exception e) {
            failures.increment();
            throw e;
        }
    }

    private int relayRound() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int sent;
            try {
                sent = relayBatch(connection);
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
            published.increment(sent);
            purgeIfDue(connection);
            return sent;
        }
    }

    private int relayBatch(Connection connection) throws Exception {
        if (!tryLock(connection)) {
            return 0;
        }
        List<Long> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        AtomicReference<Exception> refused = new AtomicReference<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                // Once Kafka refused an event (say, no metadata yet as it comes back), nothing after it
                // is sent this round: a later event must never arrive before an earlier one.
                while (refused.get() == null && rows.next()) {
                    ids.add(rows.getLong(1));
                    ProducerRecord<String, String> record = new ProducerRecord<>(rows.getString(2), rows.getString(3),
                            rows.getString(4));
                    Span span = publishSpan(record, rows.getString(5), rows.getString(6), rows.getString(7));
                    acks.add(producer().send(record, (metadata, e) -> {
                        if (e != null) {
                            refused.compareAndSet(null, e);
                            span.recordException(e);
                            span.setStatus(StatusCode.ERROR, "Kafka refused the event");
                        }
                        span.end();
                    }));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        producer().flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
        try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
            Array idArray = connection.createArrayOf("bigint", ids.toArray());
            mark.setArray(1, idArray);
            mark.executeUpdate();
        }
        return ids.size();
    }

    /**
     * Starts the span of one record, under the trace of the transaction that wrote the event, and puts
     * what a CloudEvents SDK and an OpenTelemetry consumer read into the record's headers.
     */
    private Span publishSpan(ProducerRecord<String, String> record, String eventId, String type, String traceparent) {
        Span span = tracer.spanBuilder("publish " + record.topic())
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.fromTraceparent(traceparent))
                .setAttribute(MessagingAttributes.SYSTEM, "kafka")
                .setAttribute(MessagingAttributes.OPERATION, "send")
                .setAttribute(MessagingAttributes.DESTINATION, record.topic())
                .setAttribute(MessagingAttributes.MESSAGE_ID, eventId)
                .setAttribute(MessagingAttributes.EVENT_TYPE, type)
                .startSpan();
        record.headers().add(CONTENT_TYPE_HEADER, EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        propagator.inject(Context.root().with(span), record.headers(), TraceContext.HEADER_SETTER);
        return span;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** A purge that fails is tried again at the next interval; it must not hold back publishing. */
    private void purgeIfDue(Connection connection) {
        Instant now = Instant.now();
        if (now.isBefore(nextPurge)) {
            return;
        }
        try {
            if (purgeBatch(connection) < settings.purgeBatchSize()) {
                nextPurge = now.plus(settings.purgeInterval());
            }
        } catch (SQLException e) {
            LOG.warnf("Outbox purge failed (retrying in %s): %s", settings.purgeInterval(), e.toString());
            nextPurge = now.plus(settings.purgeInterval());
        }
    }

    /**
     * Deletes up to {@code purge-batch-size} published rows older than the retention, in a
     * transaction of its own.
     *
     * @return how many rows were deleted; fewer than the batch size when no more are due
     */
    public int purgeBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            return purgeBatch(connection);
        }
    }

    private int purgeBatch(Connection connection) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setObject(1, OffsetDateTime.now().minus(settings.retention()));
            purge.setInt(2, settings.purgeBatchSize());
            int deleted = purge.executeUpdate();
            connection.commit();
            return deleted;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
            // Fail a round quickly while Kafka is down; the relay retries with back-off.
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (Exception e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }
}
