package io.salesplan.platform.inbox;

import io.salesplan.platform.config.PlatformConfig;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/** Creates the inbox's Kafka clients, a fresh pair for each life of the consumer, and closes them. */
final class InboxClients {

    private static final Logger LOG = Logger.getLogger(InboxClients.class);
    /** A client closed because it failed need not wait long for a broker that may be gone. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final String bootstrapServers;
    private final PlatformConfig.InboxSettings settings;

    InboxClients(String bootstrapServers, PlatformConfig.InboxSettings settings) {
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
    }

    KafkaConsumer<String, String> consumer(String groupId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) settings.maxPollInterval().toMillis());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    KafkaProducer<String, String> deadLetterProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    static void closeQuietly(KafkaConsumer<String, String> consumer, KafkaProducer<String, String> deadLetters) {
        try {
            if (consumer != null) {
                consumer.close(CLOSE_TIMEOUT);
            }
        } catch (RuntimeException e) {
            LOG.debug("Closing the inbox consumer failed", e);
        }
        try {
            if (deadLetters != null) {
                deadLetters.close(CLOSE_TIMEOUT);
            }
        } catch (RuntimeException e) {
            LOG.debug("Closing the dead-letter producer failed", e);
        }
    }
}
