package io.salesplan.platform.telemetry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.Metrics;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.outbox.OutboxBacklog;
import io.salesplan.platform.outbox.OutboxRelay;
import io.salesplan.platform.testapp.EffectHandler;
import io.salesplan.platform.testapp.OrderService;
import io.salesplan.platform.testapp.Sql;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Every metric docs/operations.md names moves when the thing it counts happens (read as Prometheus scrapes it). */
@QuarkusTest
class MetricsTest {

    private static final String REVIEWS = "topic=\"salesplan.reviews\"";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OrderService orders;

    @Inject
    EffectHandler effects;

    @Inject
    EventCodec codec;

    @Inject
    OutboxRelay appRelay;

    @Inject
    OutboxBacklog backlog;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformConfig config;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    MeterRegistry registry;

    @Inject
    Sql sql;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void publishedEventsAndFailedRelayRoundsAreCounted() throws Exception {
        double published = Metrics.value("salesplan_outbox_published_total");
        orders.place(UUID.randomUUID(), "published-" + UUID.randomUUID(), 1);
        await().atMost(WAIT).until(() -> Metrics.value("salesplan_outbox_published_total") >= published + 1);

        double failures = Metrics.value("salesplan_outbox_failures_total");
        OutboxRelay unreachable = new OutboxRelay(dataSource, config, "127.0.0.1:9", telemetry, registry);
        UUID aggregate = UUID.randomUUID();
        appRelay.stop();
        try {
            orders.place(aggregate, "unpublished-" + aggregate, 1);
            assertThatThrownBy(unreachable::relayOnce).as("no Kafka at that address").isNotNull();
            assertThat(Metrics.value("salesplan_outbox_failures_total")).isEqualTo(failures + 1);
        } finally {
            unreachable.stop();
            appRelay.start();
        }
        await().atMost(WAIT).until(() -> orders.pendingEvents(aggregate.toString()) == 0);
    }

    @Test
    void theBacklogGaugesShowThePendingEventsAndHowLongTheOldestHasWaited() {
        String aggregate = "backlog-" + UUID.randomUUID();
        appRelay.stop();
        try {
            sql.update("insert into outbox_event (event_id, topic, aggregate_id, type, payload, created_at) "
                    + "values (gen_random_uuid(), 'salesplan.goals', ?, 'salesplan.test.waiting.v1', '{}', "
                    + "now() - interval '90 seconds')", aggregate);
            backlog.refresh();
            assertThat(Metrics.value("salesplan_outbox_pending")).isGreaterThanOrEqualTo(1);
            assertThat(Metrics.value("salesplan_outbox_oldest_age_seconds")).isBetween(90.0, 120.0);
        } finally {
            sql.update("delete from outbox_event where aggregate_id = ?", aggregate);
            appRelay.start();
        }
        await().atMost(WAIT).untilAsserted(() -> {
            backlog.refresh();
            assertThat(Metrics.value("salesplan_outbox_pending")).isZero();
            assertThat(Metrics.value("salesplan_outbox_oldest_age_seconds")).isZero();
        });
    }

    @Test
    void appliedEventsAndSkippedDuplicatesAreCountedPerTopic() {
        double applied = Metrics.value("salesplan_inbox_applied_total", REVIEWS);
        double duplicates = Metrics.value("salesplan_inbox_duplicates_total", REVIEWS);
        String aggregate = UUID.randomUUID().toString();
        String event = event(aggregate, "counted");
        topics.send("salesplan.reviews", aggregate, event);
        topics.send("salesplan.reviews", aggregate, event);

        await().atMost(WAIT).until(() -> Metrics.value("salesplan_inbox_duplicates_total", REVIEWS) >= duplicates + 1);
        assertThat(Metrics.value("salesplan_inbox_applied_total", REVIEWS)).isEqualTo(applied + 1);
        assertThat(Metrics.value("salesplan_inbox_duplicates_total", REVIEWS)).isEqualTo(duplicates + 1);
    }

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredAndAPoisonRecordIsDeadLetteredAtOnce() {
        double retried = Metrics.value("salesplan_inbox_retried_total", REVIEWS);
        double deadLettered = Metrics.value("salesplan_inbox_dead_lettered_total", REVIEWS);
        String aggregate = UUID.randomUUID().toString();
        topics.send("salesplan.reviews", aggregate, event(aggregate, "fail"));

        await().atMost(WAIT).until(() -> Metrics.value("salesplan_inbox_dead_lettered_total", REVIEWS) >= deadLettered + 1);
        assertThat(Metrics.value("salesplan_inbox_retried_total", REVIEWS))
                .as("applied alone after its batch failed, then once more (max-attempts 2 in tests)")
                .isEqualTo(retried + 2);

        topics.send("salesplan.reviews", aggregate, "{not an event");
        await().atMost(WAIT).until(() -> Metrics.value("salesplan_inbox_dead_lettered_total", REVIEWS) >= deadLettered + 2);
        assertThat(Metrics.value("salesplan_inbox_retried_total", REVIEWS)).isEqualTo(retried + 2);
    }

    @Test
    void theConsumersLagRisesWhileRecordsWaitAndFallsToZeroOnceTheyAreApplied() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        CountDownLatch sent = new CountDownLatch(1);
        EffectHandler.onceOn("lag-hold", () -> {
            try {
                sent.await(4, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int waiting = 3_000;
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("salesplan.reviews", aggregate, event(aggregate, "lag-hold"))).get();
            await().atMost(WAIT).until(() -> effects.effects(aggregate) == 0 && !EffectHandler.pending("lag-hold"));
            for (int i = 0; i < waiting; i++) {
                producer.send(new ProducerRecord<>("salesplan.reviews", aggregate, event(aggregate, "lag-" + i)));
            }
            producer.flush();
        } finally {
            sent.countDown();
        }
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> Metrics.value("salesplan_inbox_lag_records", REVIEWS) > 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> effects.effects(aggregate) == waiting + 1);
        await().atMost(WAIT).until(() -> Metrics.value("salesplan_inbox_lag_records", REVIEWS) == 0);
    }

    @Test
    void reportsAreTimedByTheirRouteTemplateAndOtherOperationsAreNot() {
        String report = "report=\"/api/v1/reviews/probe/{ownerId}\"";
        double answered = Metrics.value("salesplan_report_duration_seconds_count", report, "outcome=\"success\"");
        double refused = Metrics.value("salesplan_report_duration_seconds_count", report, "outcome=\"client_error\"");

        given().headers(TestCallers.bearer(TestCallers.admin())).when().get("/api/v1/reviews/probe/o-1").then().statusCode(200);
        given().headers(TestCallers.bearer(TestCallers.admin())).when().get("/api/v1/reviews/probe/o-2").then().statusCode(200);
        given().headers(TestCallers.bearer(TestCallers.admin())).when().get("/api/v1/reviews/probe/missing").then().statusCode(404);
        given().headers(TestCallers.bearer(TestCallers.admin())).when().get("/api/test/READ_DEALS").then().statusCode(200);

        assertThat(Metrics.value("salesplan_report_duration_seconds_count", report, "outcome=\"success\"")).isEqualTo(answered + 2);
        assertThat(Metrics.value("salesplan_report_duration_seconds_count", report, "outcome=\"client_error\"")).isEqualTo(refused + 1);
        assertThat(Metrics.value("salesplan_report_duration_seconds_bucket", report, "outcome=\"success\"", "le=\"+Inf\""))
                .isEqualTo(answered + 2);
        assertThat(Metrics.value("salesplan_report_duration_seconds_count", "report=\"/api/test/{operation}\"")).isZero();
        assertThat(Metrics.value("http_server_requests_seconds_bucket", "uri=\"/api/v1/reviews/probe/{ownerId}\"",
                "status=\"200\"", "le=\"0.25\"")).as("request latency has buckets for percentiles").isPositive();
    }

    private String event(String aggregate, String note) {
        return codec.write(codec.envelope("/test", "salesplan.test.effect.v1", aggregate, new EffectHandler.Effect(note)));
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
