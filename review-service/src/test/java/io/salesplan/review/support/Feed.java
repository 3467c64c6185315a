package io.salesplan.review.support;

import io.salesplan.infra.KafkaTestResource;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Publishes events into the real test broker exactly as the producers' outbox relays do: one
 * CloudEvents JSON record per event, keyed by the aggregate id, on the producer's topic.
 */
public final class Feed {

    private static final List<String> TOPICS = List.of("salesplan.goals", "salesplan.pipeline",
            "salesplan.activities");
    public static final EventCodec CODEC = new EventCodec();
    private static KafkaProducer<String, String> producer;

    /** One event ready to send; sending the same one twice is a redelivery (same event id). */
    public record Event(String topic, String key, String json) {
    }

    private Feed() {
    }

    public static Event event(String topic, String source, String type, String subject, Object data) {
        return new Event(topic, subject, CODEC.write(CODEC.envelope(source, type, subject, data)));
    }

    /** The same event published again under a new event id, as a producer replaying its outbox would. */
    public static Event republished(Event event) {
        EventEnvelope original = CODEC.read(event.json());
        return new Event(event.topic(), event.key(), CODEC.write(CODEC.envelope(original.source(), original.type(),
                original.subject(), original.data())));
    }

    public static void send(List<Event> events) {
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (Event event : events) {
                acks.add(producer().send(new ProducerRecord<>(event.topic(), event.key(), event.json())));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test events", e);
        }
    }

    /** Every event once, plus a redelivery of each, all in a random (seeded) order. */
    public static List<Event> shuffledWithDuplicates(List<Event> events, long seed) {
        List<Event> all = new ArrayList<>(events);
        all.addAll(events);
        Collections.shuffle(all, new Random(seed));
        return all;
    }

    /** Waits until review-service's consumer group has committed every record of its three topics. */
    public static void awaitConsumed(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("review-service")
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (String topic : TOPICS) {
                    for (int p = 0; p < KafkaTestResource.PARTITIONS; p++) {
                        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                    }
                }
                var ends = admin.listOffsets(latest).all().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue().offset());
            });
        }
    }

    /** Reads salesplan.reviews from the beginning until {@code expected} events mentioning {@code text} are there. */
    public static List<EventEnvelope> published(String text, int expected, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "review-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("salesplan.reviews"));
            Awaitility.await().atMost(timeout).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(text)) {
                        found.add(CODEC.read(record.value()));
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
