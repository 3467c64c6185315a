package io.salesplan.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumes the topics of every {@link EventHandler} bean and applies each event exactly once.
 *
 * <p>A poll's records are applied in one transaction together with their inbox rows
 * ({@link BatchApplier}), and the offsets are committed only after that transaction committed.
 * While the database is unreachable the batch is read again from its first offset, with back-off.
 *
 * <p>The consumer heals itself: whatever ends its poll loop (an offset commit timing out after a
 * Kafka outage, a commit refused after a rebalance fenced it, a broken connection, a bug) closes it
 * and its dead-letter producer, waits a growing back-off and creates and subscribes a new one, which
 * reads again from the last committed offsets; the inbox absorbs what was applied but not committed.
 * {@link #status()} tells the health checks how it is doing.
 *
 * <p>A group that starts on a partition whose first events are gone does not read it ({@link HistoryGaps}).
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    public static final String REASON_HEADER = "salesplan-dlt-reason";
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final Instance<EventHandler> handlerBeans;
    private final Inbox inbox;
    private final EventCodec codec;
    private final PlatformConfig config;
    private final PlatformConfig.InboxSettings settings;
    private final InboxClients clients;
    private final InboxTelemetry telemetry;
    private final Map<String, EventHandler> handlers = new HashMap<>();
    private final ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public InboxConsumer(Instance<EventHandler> handlerBeans, Inbox inbox, EventCodec codec, PlatformConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, InboxTelemetry telemetry) {
        this.handlerBeans = handlerBeans;
        this.telemetry = telemetry;
        this.inbox = inbox;
        this.codec = codec;
        this.config = config;
        this.settings = config.inbox();
        this.clients = new InboxClients(bootstrapServers, settings);
    }

    void onStart(@Observes StartupEvent event) {
        for (EventHandler handler : handlerBeans) {
            handler.topics().forEach(topic -> handlers.put(topic, handler));
        }
        if (settings.enabled() && !handlers.isEmpty()) {
            handlers.keySet().forEach(telemetry::consumes);
            status.started();
            thread = new Thread(this::run, "inbox-consumer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping.countDown();
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How the consumer is doing, read without touching Kafka. */
    public ConsumerStatus status() {
        return status;
    }

    /** The topics consumed here, empty when no consumer runs. */
    public Set<String> topics() {
        return thread == null ? Set.of() : Set.copyOf(handlers.keySet());
    }

    public String groupId() {
        return settings.group().orElse(config.serviceName());
    }

    private void run() {
        Duration backoff = settings.initialBackoff();
        try {
            while (!stopping()) {
                Instant began = status.now();
                try {
                    consumeUntilStopped();
                } catch (Throwable e) {
                    if (stopping()) {
                        break;
                    }
                    if (status.polledSince(began)) {
                        backoff = settings.initialBackoff();
                    }
                    status.failed(e);
                    logFailure(e, backoff);
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
                }
            }
        } catch (InterruptedException e) {
            // only the JVM going down interrupts this thread
            Thread.currentThread().interrupt();
        } finally {
            status.stopped();
        }
    }

    /**
     * One consumer's life: subscribe and poll until the application stops (then return) or anything
     * fails (then throw); either way it is closed, with its dead-letter producer.
     */
    private void consumeUntilStopped() throws InterruptedException {
        KafkaConsumer<String, String> kafka = null;
        KafkaProducer<String, String> deadLetters = null;
        try {
            kafka = clients.consumer(groupId());
            consumer = kafka;
            if (stopping()) {
                return;
            }
            deadLetters = clients.deadLetterProducer();
            BatchApplier applier = new BatchApplier(handlers, inbox, codec, settings, groupId(), deadLetters, telemetry);
            kafka.subscribe(List.copyOf(handlers.keySet()),
                    new HistoryGaps(kafka, settings.acceptIncompleteHistory(), status));
            poll(kafka, applier);
        } finally {
            consumer = null;
            InboxClients.closeQuietly(kafka, deadLetters);
        }
    }

    private void poll(KafkaConsumer<String, String> kafka, BatchApplier applier) throws InterruptedException {
        Duration backoff = settings.initialBackoff();
        Instant lastCheck = null;
        while (!stopping()) {
            ConsumerRecords<String, String> records = kafka.poll(POLL_TIMEOUT);
            telemetry.measureLag(kafka);
            if (records.isEmpty()) {
                if (lastCheck == null || Duration.between(lastCheck, status.now())
                        .compareTo(settings.contactInterval()) >= 0) {
                    lastCheck = status.now();
                    checkContact(kafka);
                }
                continue;
            }
            status.polled();
            try {
                applier.apply(records);
                kafka.commitSync(nextOffsets(records), settings.requestTimeout());
                status.polled();
                backoff = settings.initialBackoff();
            } catch (BatchApplier.OutageException e) {
                LOG.warnf("Events not applied, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                rewind(kafka, records);
                for (TopicPartition partition : records.partitions()) {
                    telemetry.retried(partition.topic(), records.records(partition).size());
                }
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
            }
        }
    }

    /**
     * An empty poll does not say whether Kafka answered, so an idle consumer asks for the cluster's
     * metadata now and then. Not the group coordinator: while the group rebalances, it holds all of a
     * member's requests until the rebalance ends, which may rightly take minutes. A consumer Kafka does
     * not answer is kept (its client reconnects by itself, and a new member would have to wait for the
     * old one's session to expire before the group let it in); liveness restarts the replica if that
     * lasts past stalled-after.
     */
    private void checkContact(KafkaConsumer<String, String> kafka) {
        boolean wasUnreachable = status.snapshot().phase() == ConsumerStatus.Phase.UNREACHABLE;
        try {
            kafka.listTopics(settings.requestTimeout());
        } catch (TimeoutException e) {
            if (!wasUnreachable) {
                LOG.warnf("Inbox consumer cannot reach Kafka (%s: %s); it keeps polling", e.getClass().getName(),
                        e.getMessage());
            }
            status.unreachable(e);
            return;
        }
        if (wasUnreachable) {
            LOG.info("Inbox consumer reaches Kafka again");
        }
        status.polled();
    }

    private static void logFailure(Throwable e, Duration backoff) {
        String message = "Inbox consumer failed (%s: %s); closed it, creating a new one in %d ms";
        if (e instanceof KafkaException) {
            // Kafka's own failures explain themselves; their stack traces only repeat the client's internals.
            LOG.warnf(message, e.getClass().getName(), e.getMessage(), backoff.toMillis());
        } else {
            LOG.warnf(e, message, e.getClass().getName(), e.getMessage(), backoff.toMillis());
        }
    }

    private boolean stopping() {
        return stopping.getCount() == 0;
    }

    /** Waits, unless the application stops first. */
    private void pause(Duration duration) throws InterruptedException {
        stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void rewind(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            kafka.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> list = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
