package io.salesplan.platform.telemetry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.testapp.EffectHandler;
import io.salesplan.platform.testapp.Spans;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TracingTest {

    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("salesplan.inbox.outcome");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Inject
    EffectHandler effects;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void oneTraceRunsFromTheRequestThroughTheOutboxAndKafkaToTheConsumersApplySpan() {
        UUID aggregate = UUID.randomUUID();
        given().headers(TestCallers.bearer(TestCallers.admin()))
                .when().post("/api/test/orders/" + aggregate)
                .then().statusCode(204);

        ConsumerRecord<String, String> record = topics.await("salesplan.goals", r -> aggregate.toString().equals(r.key()), WAIT);
        EventEnvelope event = codec.read(record.value());
        SpanData apply = await().atMost(WAIT).until(() -> span(SpanKind.CONSUMER, event.id()), s -> s != null);

        SpanData request = Spans.finished().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().equals("POST /api/test/orders/{aggregateId}"))
                .filter(s -> s.getTraceId().equals(apply.getTraceId()))
                .findFirst().orElseThrow(() -> new AssertionError("no request span in the consumer's trace"));
        SpanData publish = span(SpanKind.PRODUCER, event.id());

        assertThat(publish.getName()).isEqualTo("publish salesplan.goals");
        assertThat(publish.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(publish.getParentSpanId()).as("the relay continues the request that wrote the event")
                .isEqualTo(request.getSpanId());
        assertThat(apply.getName()).isEqualTo("platform-test apply");
        assertThat(apply.getParentSpanId()).as("the consumer continues the relay's span").isEqualTo(publish.getSpanId());
        assertThat(apply.getAttributes().get(AttributeKey.stringKey("cloudevents.event_type")))
                .isEqualTo("salesplan.test.order-placed.v1");
        assertThat(apply.getAttributes().get(OUTCOME)).isEqualTo("applied");
        assertThat(apply.getEndEpochNanos()).isGreaterThan(request.getEndEpochNanos());

        assertThat(event.traceparent()).as("the CloudEvents distributed-tracing attribute names the writing request")
                .isEqualTo("00-" + request.getTraceId() + "-" + request.getSpanId() + "-01");
        assertThat(header(record, "traceparent")).as("the header the propagator reads names the relay's span")
                .isEqualTo("00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-01");

        List<SpanData> statements = Spans.finished().stream()
                .filter(s -> s.getTraceId().equals(request.getTraceId()) && s.getKind() == SpanKind.CLIENT)
                .filter(s -> s.getParentSpanId().equals(request.getSpanId()))
                .toList();
        assertThat(statements).as("the request's JDBC statements, the outbox row among them")
                .anySatisfy(s -> assertThat(s.getName()).contains("outbox_event"));
    }

    @Test
    void aRedeliveredEventIsADuplicateSpanInItsTraceNotASecondApplySpan() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        EventEnvelope event = codec.envelope("/test", "salesplan.test.effect.v1", aggregate,
                new EffectHandler.Effect("redelivered"));
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        sendTwice("salesplan.reviews", aggregate, codec.write(event), traceparent);

        await().atMost(WAIT).until(() -> spans(SpanKind.CONSUMER, event.id()).size() == 2);
        List<SpanData> consumed = spans(SpanKind.CONSUMER, event.id());
        assertThat(consumed).extracting(SpanData::getTraceId).containsOnly(traceId);
        assertThat(consumed).extracting(s -> s.getAttributes().get(OUTCOME)).containsExactlyInAnyOrder("applied", "duplicate");
        assertThat(consumed).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("platform-test apply", "platform-test duplicate");
        assertThat(effects.effects(aggregate)).isEqualTo(1);
    }

    private static void sendTwice(String topic, String key, String value, String traceparent) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int copy = 0; copy < 2; copy++) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }
    }

    private static SpanData span(SpanKind kind, String eventId) {
        List<SpanData> found = spans(kind, eventId);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<SpanData> spans(SpanKind kind, String eventId) {
        return Spans.finished().stream()
                .filter(s -> s.getKind() == kind && eventId.equals(s.getAttributes().get(MESSAGE_ID)))
                .toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
