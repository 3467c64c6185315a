package io.salesplan.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.testapp.EffectHandler;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumer heals from each way its poll loop was seen to die, against the real broker and with
 * no restart of the application: afterwards new events are applied, and none twice.
 */
@QuarkusTest
class InboxHealingTest {

    private static final String TOPIC = "salesplan.reviews";
    private static final Duration HEALING = Duration.ofSeconds(90);

    @Inject
    EffectHandler handler;

    @Inject
    EventCodec codec;

    @Inject
    InboxConsumer consumer;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @BeforeEach
    void consumerIsSubscribed() {
        await().atMost(HEALING).until(() -> consumer.status().snapshot().polling());
    }

    @Test
    void aConsumerWhoseCommitTimesOutInAKafkaOutageHealsAndAppliesWhatFollowsOnce() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        long failuresBefore = consumer.status().snapshot().failures();
        CountDownLatch stopped = new CountDownLatch(1);
        // Kafka goes away after the batch was consumed and before its offsets are committed.
        EffectHandler.onceOn("stop-kafka-" + aggregate, () -> {
            KafkaTestResource.stopBroker();
            stopped.countDown();
        });
        topics.send(TOPIC, aggregate, event(aggregate, "stop-kafka-" + aggregate));
        try {
            assertThat(stopped.await(60, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.status().snapshot().failures() > failuresBefore);
            ConsumerStatus.Snapshot failed = consumer.status().snapshot();
            assertThat(failed.lastFailure()).as("the offset commit timed out").isEqualTo(TimeoutException.class.getName());
            assertThat(failed.phase()).isIn(ConsumerStatus.Phase.REJOINING, ConsumerStatus.Phase.UNREACHABLE);
            assertThat(handler.effects(aggregate)).as("applied, though not committed").isEqualTo(1);
        } finally {
            KafkaTestResource.startBroker();
        }

        publishAfterwards(aggregate, 3);
        await().atMost(HEALING).until(() -> handler.effects(aggregate) >= 4);
        assertThat(handler.effects(aggregate)).as("the redelivered event changed nothing").isEqualTo(4);
        assertThat(consumer.status().snapshot().phase()).isEqualTo(ConsumerStatus.Phase.SUBSCRIBED);
    }

    @Test
    void aConsumerFencedByARebalanceHealsAndAppliesWhatFollowsOnce() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        long failuresBefore = consumer.status().snapshot().failures();
        CountDownLatch stalling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The consumer is stuck in a batch past max.poll.interval (6 s in tests) while a second member joins.
        EffectHandler.onceOn("stall-" + aggregate, () -> {
            stalling.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        topics.send(TOPIC, aggregate, event(aggregate, "stall-" + aggregate));
        try {
            assertThat(stalling.await(60, TimeUnit.SECONDS)).isTrue();
            try (KafkaConsumer<String, String> rival = new KafkaConsumer<>(rivalProperties())) {
                rival.subscribe(List.of(TOPIC));
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                    rival.poll(Duration.ofMillis(200));
                    return !rival.assignment().isEmpty();
                });
                assertThat(rival.assignment()).as("the stalled member lost its partitions").hasSize(
                        KafkaTestResource.PARTITIONS);
                release.countDown();
                // The rival keeps polling, so that the healed consumer's rejoin can complete.
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                    rival.poll(Duration.ofMillis(200));
                    return consumer.status().snapshot().failures() > failuresBefore;
                });
                assertThat(consumer.status().snapshot().lastFailure()).as("its commit was refused")
                        .isEqualTo(CommitFailedException.class.getName());
            }
        } finally {
            release.countDown();
        }
        assertThat(handler.effects(aggregate)).as("applied, though not committed").isEqualTo(1);

        publishAfterwards(aggregate, 3);
        await().atMost(HEALING).until(() -> handler.effects(aggregate) >= 4);
        assertThat(handler.effects(aggregate)).as("the redelivered event changed nothing").isEqualTo(4);
    }

    private void publishAfterwards(String aggregate, int count) {
        for (int i = 1; i <= count; i++) {
            topics.send(TOPIC, aggregate, event(aggregate, "afterwards-" + i));
        }
    }

    private Properties rivalProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, consumer.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 6_000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private String event(String aggregate, String note) {
        return codec.write(codec.envelope("/test", "salesplan.test.effect.v1", aggregate, new EffectHandler.Effect(note)));
    }
}
