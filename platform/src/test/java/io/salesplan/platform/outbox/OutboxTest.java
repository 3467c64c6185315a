package io.salesplan.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.testapp.OrderService;
import io.salesplan.platform.testapp.Sql;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "salesplan.goals";
    private static final String TOO_LARGE = "salesplan.test.too-large.v1";

    @Inject
    OrderService orders;

    @Inject
    EventCodec codec;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformConfig config;

    @Inject
    OutboxRelay appRelay;

    @Inject
    Sql sql;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    MeterRegistry registry;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    /** A relay of its own, as another replica would run it. */
    private OutboxRelay relay() {
        return new OutboxRelay(dataSource, config, KafkaTestResource.bootstrapServers(), telemetry, registry);
    }

    @Test
    void committedTransactionPublishesExactlyOneEvent() {
        UUID aggregate = UUID.randomUUID();
        orders.place(aggregate, "committed-" + aggregate, 1);

        ConsumerRecord<String, String> record = topics.await(TOPIC, r -> aggregate.toString().equals(r.key()),
                Duration.ofSeconds(20));
        EventEnvelope event = codec.read(record.value());
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.source()).isEqualTo("/platform-test");
        assertThat(event.type()).isEqualTo("salesplan.test.order-placed.v1");
        assertThat(event.subject()).isEqualTo(aggregate.toString());
        assertThat(event.data().get("sequence").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> orders.pendingEvents(aggregate.toString()) == 0);
        assertThat(recordsFor(aggregate)).hasSize(1);
    }

    @Test
    void rolledBackTransactionWritesAndPublishesNothing() {
        UUID aggregate = UUID.randomUUID();
        String name = "rolled-back-" + aggregate;
        assertThatThrownBy(() -> orders.placeThenFail(aggregate, name)).isInstanceOf(IllegalStateException.class);
        assertThat(orders.orders(name)).isZero();
        assertThat(orders.events(aggregate.toString())).isZero();

        // A later event of the same aggregate goes to the same partition, after anything written before it.
        orders.place(aggregate, "marker-" + aggregate, 2);
        topics.await(TOPIC, r -> aggregate.toString().equals(r.key()), Duration.ofSeconds(20));
        assertThat(recordsFor(aggregate)).extracting(e -> e.data().get("sequence").asInt()).containsExactly(2);
    }

    @Test
    void eventsWrittenWhileKafkaIsDownArriveInOrderAfterItReturns() {
        List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        KafkaTestResource.stopBroker();
        try {
            for (int sequence = 1; sequence <= 10; sequence++) {
                for (UUID aggregate : aggregates) {
                    orders.place(aggregate, "outage-" + aggregate + "-" + sequence, sequence);
                }
            }
            for (UUID aggregate : aggregates) {
                assertThat(orders.events(aggregate.toString())).isEqualTo(10);
            }
        } finally {
            KafkaTestResource.startBroker();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> aggregates.stream()
                .allMatch(a -> orders.pendingEvents(a.toString()) == 0));
        for (UUID aggregate : aggregates) {
            Map<String, Integer> firstSeen = new LinkedHashMap<>();
            for (EventEnvelope event : recordsFor(aggregate)) {
                firstSeen.putIfAbsent(event.id(), event.data().get("sequence").asInt());
            }
            assertThat(new ArrayList<>(firstSeen.values()))
                    .as("every event of %s once, in the order written", aggregate)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    void anEventKafkaRefusesIsNotOvertakenByALaterOne() throws Exception {
        UUID aggregate = UUID.randomUUID();
        OutboxRelay relay = relay();
        appRelay.stop();
        try {
            // Larger than the producer's max.request.size (1 MiB), so Kafka's client refuses it at send.
            sql.update("insert into outbox_event (event_id, topic, aggregate_id, type, payload) values (?, ?, ?, ?, ?)",
                    UUID.randomUUID(), TOPIC, aggregate.toString(), TOO_LARGE, "x".repeat(2 * 1024 * 1024));
            orders.place(aggregate, "after-refused-" + aggregate, 2);

            assertThatThrownBy(relay::relayOnce).hasRootCauseInstanceOf(RecordTooLargeException.class);
            assertThat(recordsFor(aggregate)).as("nothing published past the refused event").isEmpty();
            assertThat(orders.pendingEvents(aggregate.toString())).isEqualTo(2);

            dropTooLarge(aggregate);
            relay.relayOnce();
            assertThat(recordsFor(aggregate)).extracting(e -> e.data().get("sequence").asInt()).containsExactly(2);
        } finally {
            dropTooLarge(aggregate);
            relay.stop();
            appRelay.start();
        }
    }

    @Test
    void severalRelaysRacingPublishEachEventOnce() throws Exception {
        UUID aggregate = UUID.randomUUID();
        List<OutboxRelay> replicas = List.of(
                relay(),
                relay());
        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> racing = replicas.stream().<Future<?>>map(relay -> pool.submit(() -> {
            while (writing.get() || orders.pendingEvents(aggregate.toString()) > 0) {
                relay.relayOnce();
            }
            return null;
        })).toList();
        for (int sequence = 1; sequence <= 100; sequence++) {
            orders.place(aggregate, "race-" + aggregate + "-" + sequence, sequence);
        }
        writing.set(false);
        for (Future<?> relay : racing) {
            relay.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        replicas.forEach(OutboxRelay::stop);

        List<EventEnvelope> published = recordsFor(aggregate);
        assertThat(published).extracting(EventEnvelope::id).doesNotHaveDuplicates().hasSize(100);
        assertThat(published).extracting(e -> e.data().get("sequence").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void thePurgeDeletesPublishedRowsPastTheRetentionInBatchesAndNothingElse() throws Exception {
        String aggregate = "purge-" + UUID.randomUUID();
        OutboxRelay relay = relay();
        appRelay.stop();
        try {
            insertRows(aggregate, 250, "now() - interval '2 days'", "now() - interval '3 days'");
            insertRows(aggregate, 20, "now() - interval '1 hour'", "now() - interval '2 hours'");
            insertRows(aggregate, 20, "null", "now() - interval '3 days'");

            List<Integer> batches = new ArrayList<>();
            int deleted;
            do {
                deleted = relay.purgeBatch();
                batches.add(deleted);
            } while (deleted == config.outbox().purgeBatchSize());

            assertThat(batches).as("at most purge-batch-size (100 in tests) rows a statement").containsExactly(100, 100, 50);
            assertThat(sql.count("select count(*) from outbox_event where aggregate_id = ? and sent_at < now() - interval '1 day'",
                    aggregate)).isZero();
            assertThat(sql.count("select count(*) from outbox_event where aggregate_id = ? and sent_at is not null",
                    aggregate)).as("published within the retention").isEqualTo(20);
            assertThat(orders.pendingEvents(aggregate)).as("pending, however old").isEqualTo(20);
        } finally {
            sql.update("delete from outbox_event where aggregate_id = ?", aggregate);
            relay.stop();
            appRelay.start();
        }
    }

    private void insertRows(String aggregate, int count, String sentAt, String createdAt) {
        sql.update("insert into outbox_event (event_id, topic, aggregate_id, type, payload, created_at, sent_at) "
                + "select gen_random_uuid(), ?, ?, 'salesplan.test.purged.v1', '{}', " + createdAt + ", " + sentAt
                + " from generate_series(1, ?)", TOPIC, aggregate, count);
    }

    private void dropTooLarge(UUID aggregate) {
        sql.update("delete from outbox_event where type = ? and aggregate_id = ?", TOO_LARGE, aggregate.toString());
    }

    private List<EventEnvelope> recordsFor(UUID aggregate) {
        return topics.readAll(TOPIC).stream()
                .filter(r -> aggregate.toString().equals(r.key()))
                .map(r -> codec.read(r.value()))
                .toList();
    }
}
