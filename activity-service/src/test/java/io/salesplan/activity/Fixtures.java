package io.salesplan.activity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.activity.fake.FakePipeline;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Shared test helpers: requests, references that exist elsewhere, and events read back from the broker.
 * Requests sent without an Authorization header go as an admin.
 */
public final class Fixtures {

    public static final String TOPIC = "salesplan.activities";
    private static final EventCodec CODEC = new EventCodec();

    static {
        TestCallers.install();
    }

    private Fixtures() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A rep, an account and an opportunity of that account owned by the rep, all known to the other services. */
    public record World(UUID rep, UUID account, UUID opportunity) {
        public static World create() {
            UUID rep = FakeGoals.rep();
            UUID account = FakePipeline.account();
            return new World(rep, account, FakePipeline.opportunity(account, rep));
        }
    }

    public static Map<String, Object> activity(UUID ownerId, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("ownerId", ownerId.toString());
        body.put("occurredAt", "2026-03-02T09:30:00+08:00");
        return body;
    }

    public static TopicClient topics() {
        return new TopicClient(KafkaTestResource.bootstrapServers());
    }

    /** Sends an event as its publishing service would (topic, CloudEvents envelope, key); returns the event's id. */
    public static String send(String topic, String source, String type, UUID subject, Map<String, Object> data) {
        EventEnvelope event = CODEC.envelope(source, type, subject.toString(), data);
        topics().send(topic, subject.toString(), CODEC.write(event));
        return event.id();
    }

    /** The events of one aggregate on the activity topic, decoded. */
    public static List<EventEnvelope> events(String subject) {
        return topics().readAll(TOPIC).stream()
                .filter(r -> subject.equals(r.key()))
                .map(r -> CODEC.read(r.value()))
                .toList();
    }

    /** Waits until the aggregate has at least {@code count} events of the type on the broker, and returns them. */
    public static List<EventEnvelope> awaitEvents(String subject, String type, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> events(subject).stream().filter(e -> e.type().equals(type)).toList(),
                        list -> list.size() >= count);
    }

    public static EventCodec codec() {
        return CODEC;
    }
}
