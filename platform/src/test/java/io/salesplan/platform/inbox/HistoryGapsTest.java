package io.salesplan.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.infra.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A rebuild after the oldest events are gone: a consumer group that never read a topic whose log
 * was truncated does not build its copy from the middle. Real broker, a topic of its own per test.
 */
@QuarkusTest
class HistoryGapsTest {

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void aNewGroupOnATruncatedTopicReadsNothingAndNamesTheGap() throws Exception {
        TopicPartition partition = truncatedTopic();
        ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());

        try (KafkaConsumer<String, String> consumer = consumer(newGroup())) {
            consumer.subscribe(List.of(partition.topic()), new HistoryGaps(consumer, false, status));
            List<String> read = pollFor(consumer, Duration.ofSeconds(10));

            assertThat(read).as("nothing applied from the middle of the history").isEmpty();
            assertThat(consumer.paused()).containsExactly(partition);
            assertThat(status.historyGaps()).containsExactly(Map.entry(partition.toString(), 2L));
        }
        assertThat(status.historyGaps()).as("a consumer that leaves the partition no longer reports it").isEmpty();
    }

    @Test
    void anOperatorWhoAcceptsTheGapGetsTheEventsThatAreLeft() throws Exception {
        TopicPartition partition = truncatedTopic();
        ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());

        try (KafkaConsumer<String, String> consumer = consumer(newGroup())) {
            consumer.subscribe(List.of(partition.topic()), new HistoryGaps(consumer, true, status));
            assertThat(pollUntil(consumer, 2)).containsExactly("third", "fourth");
            assertThat(status.historyGaps()).isEmpty();
        }
    }

    @Test
    void aGroupThatAlreadyReadThePartitionGoesOnWhereItStopped() throws Exception {
        TopicPartition partition = truncatedTopic();
        String group = newGroup();
        try (KafkaConsumer<String, String> earlier = consumer(group)) {
            earlier.assign(List.of(partition));
            earlier.commitSync(Map.of(partition, new OffsetAndMetadata(3)));
        }
        ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());

        try (KafkaConsumer<String, String> consumer = consumer(group)) {
            consumer.subscribe(List.of(partition.topic()), new HistoryGaps(consumer, false, status));
            assertThat(pollUntil(consumer, 1)).containsExactly("fourth");
            assertThat(status.historyGaps()).isEmpty();
        }
    }

    @Test
    void aGroupWhoseNextEventIsGoneIsStoppedToo() throws Exception {
        TopicPartition partition = truncatedTopic();
        String group = newGroup();
        try (KafkaConsumer<String, String> earlier = consumer(group)) {
            earlier.assign(List.of(partition));
            earlier.commitSync(Map.of(partition, new OffsetAndMetadata(1)));
        }
        ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());

        try (KafkaConsumer<String, String> consumer = consumer(group)) {
            consumer.subscribe(List.of(partition.topic()), new HistoryGaps(consumer, false, status));
            assertThat(pollFor(consumer, Duration.ofSeconds(5))).as("the second event is gone: nothing skipped").isEmpty();
            assertThat(status.historyGaps()).containsExactly(Map.entry(partition.toString(), 2L));
        }
    }

    @Test
    void aCompleteTopicIsReadFromItsFirstEvent() throws Exception {
        String topic = "history-complete-" + UUID.randomUUID();
        createTopic(topic);
        topics.send(topic, "k", "first");
        topics.send(topic, "k", "second");
        ConsumerStatus status = new ConsumerStatus(Clock.systemUTC());

        try (KafkaConsumer<String, String> consumer = consumer(newGroup())) {
            consumer.subscribe(List.of(topic), new HistoryGaps(consumer, false, status));
            assertThat(pollUntil(consumer, 2)).containsExactly("first", "second");
            assertThat(status.historyGaps()).isEmpty();
        }
    }

    /** A one-partition topic of four events whose first two were deleted, as retention would. */
    private TopicPartition truncatedTopic() throws Exception {
        String topic = "history-truncated-" + UUID.randomUUID();
        createTopic(topic);
        for (String value : List.of("first", "second", "third", "fourth")) {
            topics.send(topic, "k", value);
        }
        TopicPartition partition = new TopicPartition(topic, 0);
        try (Admin admin = admin()) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(2))).all().get();
        }
        return partition;
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(Topics.topic(topic, 1))).all().get();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers()));
    }

    private static String newGroup() {
        return "history-" + UUID.randomUUID();
    }

    private static KafkaConsumer<String, String> consumer(String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** Everything polled until the partitions were assigned and {@code quiet} passed. */
    private static List<String> pollFor(KafkaConsumer<String, String> consumer, Duration quiet) {
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long quietUntil = Long.MAX_VALUE;
        while (System.nanoTime() < Math.min(deadline, quietUntil)) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            if (quietUntil == Long.MAX_VALUE && !consumer.assignment().isEmpty()) {
                quietUntil = System.nanoTime() + quiet.toNanos();
            }
        }
        assertThat(consumer.assignment()).as("the partition was assigned").isNotEmpty();
        return values;
    }

    private static List<String> pollUntil(KafkaConsumer<String, String> consumer, int count) {
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (values.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
        return values;
    }
}
