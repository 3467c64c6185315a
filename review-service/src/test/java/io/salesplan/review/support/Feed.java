package io.salesplan.review.support;

import io.salesplan.infra.KafkaTestResource;
import io.salesplan.platform.event.EventCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events into the real test broker exactly as the producers' outbox relays do: one
 * CloudEvents JSON record per event, keyed by the aggregate id, on the producer's topic.
 */
public final class Feed {

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
