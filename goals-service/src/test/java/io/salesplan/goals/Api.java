package io.salesplan.goals;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Test helpers: requests with exact decimals, quick creation of org and goals, and events read back from the broker. */
public final class Api {

    public static final String GOALS_TOPIC = "salesplan.goals";
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final EventCodec CODEC = new EventCodec();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestCallers.install();
    }

    private Api() {
    }

    /** A request whose JSON numbers come back as BigDecimal, so money compares exactly. */
    public static RequestSpecification json() {
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String team(String name, String parentTeamId) {
        Map<String, Object> body = parentTeamId == null ? Map.of("name", name)
                : Map.of("name", name, "parentTeamId", parentTeamId);
        return json().body(body).post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    public static String rep(String teamId) {
        String name = unique("rep");
        return json().body(Map.of("name", name, "email", name + "@example.com", "teamId", teamId))
                .post("/api/v1/reps").then().statusCode(201).extract().path("id");
    }

    public static String goal(Map<String, Object> body) {
        return json().body(body).post("/api/v1/goals").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> keyResult(String ownerType, String ownerId, String period, String metric,
            Object target) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(Map.of("title", unique("kr"),
                "type", "KEY_RESULT", "ownerType", ownerType, "period", period, "metric", metric, "targetValue", target));
        if (ownerId != null) {
            body.put("ownerId", ownerId);
        }
        return body;
    }

    /** Waits for the event of the given type about the given aggregate on salesplan.goals and returns it. */
    public static EventEnvelope event(String type, String subject) {
        return event(type, subject, e -> true);
    }

    public static EventEnvelope event(String type, String subject, java.util.function.Predicate<EventEnvelope> match) {
        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        ConsumerRecord<String, String> record = topics.await(GOALS_TOPIC, r -> {
            if (!subject.equals(r.key()) || !r.value().contains(type)) {
                return false;
            }
            EventEnvelope e = CODEC.read(r.value());
            return e.type().equals(type) && match.test(e);
        }, Duration.ofSeconds(30));
        return CODEC.read(record.value());
    }

    /** Every event on salesplan.goals about the aggregate, oldest first per partition. */
    public static List<EventEnvelope> events(String subject) {
        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        return topics.readAll(GOALS_TOPIC).stream().filter(r -> subject.equals(r.key()))
                .map(r -> CODEC.read(r.value())).toList();
    }

    public static JsonNode data(EventEnvelope envelope) {
        return envelope.data();
    }

    public static EventCodec codec() {
        return CODEC;
    }
}
