package io.salesplan.platform.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * What integrators read: every record the outbox publishes is a CloudEvent in the Kafka protocol
 * binding's structured mode, read here with the official Java SDK (its Kafka deserializer and JSON
 * format), while its value stays the envelope the services' own consumers read.
 */
@QuarkusTest
class CloudEventsBindingTest {

    private static final String TOPIC = "salesplan.goals";

    @Inject
    EventCodec codec;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void theCloudEventsSdkReadsAPublishedEventWithItsActorAndTraceparent() throws Exception {
        UUID aggregate = UUID.randomUUID();
        String token = TestCallers.admin();
        given().headers(TestCallers.bearer(token)).when().post("/api/test/orders/" + aggregate).then().statusCode(204);
        ConsumerRecord<String, String> raw = topics.await(TOPIC, r -> aggregate.toString().equals(r.key()),
                Duration.ofSeconds(30));

        assertThat(new String(raw.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json; charset=UTF-8");
        EventEnvelope envelope = codec.read(raw.value());

        CloudEvent event = readWithTheSdk(raw);
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isEqualTo(envelope.id());
        assertThat(event.getType()).isEqualTo("salesplan.test.order-placed.v1");
        assertThat(event.getSource()).hasToString("/platform-test");
        assertThat(event.getSubject()).isEqualTo(aggregate.toString());
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("actor")).isEqualTo(subjectOf(token)).isEqualTo(envelope.actor());
        assertThat((String) event.getExtension("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                .isEqualTo(envelope.traceparent());
        JsonNode data = codec.mapper().readTree(event.getData().toBytes());
        assertThat(data.get("orderId").asText()).isEqualTo(aggregate.toString());
        assertThat(data.get("sequence").asInt()).isEqualTo(1);
    }

    /** A consumer as an integrator writes it: the SDK's deserializer, no parsing of our own. */
    private static CloudEvent readWithTheSdk(ConsumerRecord<String, String> wanted) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(wanted.topic(), wanted.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, wanted.offset());
            List<ConsumerRecord<String, CloudEvent>> read = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (read.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
            assertThat(read).as("the record at %s@%d", partition, wanted.offset()).isNotEmpty();
            return read.get(0).value();
        }
    }

    private String subjectOf(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return codec.mapper().readTree(java.util.Base64.getUrlDecoder().decode(payload)).get("sub").asText();
    }
}
