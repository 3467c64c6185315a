package io.salesplan.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumes the topics of every {@link EventHandler} bean and applies each event exactly once.
 *
 * <p>A poll's records are applied in one transaction together with their inbox rows, and the
 * offsets are committed only after that transaction committed. If the batch fails, each record
 * is retried in its own transaction so that one bad record cannot hold back the others: a record
 * that can never be applied goes to {@code <topic>.dlt} with the reason and the partition moves
 * on. While the database is unreachable the batch is retried from its first offset, with back-off.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    public static final String REASON_HEADER = "salesplan-dlt-reason";
    /** Deadlock and serialization failure: the same events succeed when tried again. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40P01", "40001");

    private final Instance<EventHandler> handlerBeans;
    private final Inbox inbox;
    private final EventCodec codec;
    private final PlatformConfig config;
    private final String bootstrapServers;
    private final Map<String, EventHandler> handlers = new HashMap<>();
    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;

    public InboxConsumer(Instance<EventHandler> handlerBeans, Inbox inbox, EventCodec codec, PlatformConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.handlerBeans = handlerBeans;
        this.inbox = inbox;
        this.codec = codec;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        for (EventHandler handler : handlerBeans) {
            handler.topics().forEach(topic -> handlers.put(topic, handler));
        }
        if (config.inbox().enabled() && !handlers.isEmpty()) {
            running = true;
            thread = new Thread(this::run, "inbox-consumer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            consumer = new KafkaConsumer<>(consumerProperties());
            deadLetters = new KafkaProducer<>(producerProperties());
            consumer.subscribe(List.copyOf(handlers.keySet()));
            Duration backoff = config.inbox().initialBackoff();
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    apply(records);
                    consumer.commitSync(nextOffsets(records));
                    backoff = config.inbox().initialBackoff();
                } catch (OutageException e) {
                    LOG.warnf("Events not applied, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                    rewind(records);
                    Thread.sleep(backoff.toMillis());
                    backoff = min(backoff.multipliedBy(2), config.inbox().maxBackoff());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("Inbox consumer stopped unexpectedly", e);
        } finally {
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(5));
            }
            if (deadLetters != null) {
                deadLetters.close(Duration.ofSeconds(5));
            }
        }
    }

    private void apply(ConsumerRecords<String, String> records) throws InterruptedException {
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
        } catch (RuntimeException e) {
            if (isOutage(e)) {
                throw new OutageException(e);
            }
            LOG.debugf("Batch of %d events failed (%s); applying them one by one", batch.size(), e);
        }
        for (Decoded decoded : batch) {
            applyAlone(decoded);
        }
    }

    private void applyAlone(Decoded decoded) throws InterruptedException {
        int attempts = config.inbox().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(decoded)));
                return;
            } catch (RuntimeException e) {
                if (isOutage(e)) {
                    throw new OutageException(e);
                }
                if (e instanceof MalformedEventException || attempt >= attempts) {
                    LOG.warnf("Event %s (%s) cannot be applied: %s", decoded.event.id(), decoded.event.type(),
                            reason(e));
                    deadLetter(decoded.record, reason(e));
                    return;
                }
                Thread.sleep(config.inbox().initialBackoff().toMillis() * attempt);
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
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + DEAD_LETTER_SUFFIX, record.key(),
                record.value());
        dead.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("salesplan-dlt-origin", (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        dead.headers().add("salesplan-dlt-consumer", groupId().getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(dead).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutageException(e);
        } catch (Exception e) {
            throw new OutageException(e);
        }
    }

    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
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

    private String groupId() {
        return config.inbox().group().orElse(config.serviceName());
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.inbox().maxPollRecords());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Decoded(ConsumerRecord<String, String> record, EventEnvelope event) {
    }

    static final class OutageException extends RuntimeException {
        OutageException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
