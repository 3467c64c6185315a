package io.salesplan.pipeline;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared steps of the REST tests: each creates its own data with unique names and ids. */
public final class Api {

    public static final String TOPIC = "salesplan.pipeline";
    public static final String DEFAULT_PIPELINE = "00000000-0000-4000-8000-000000000001";
    public static final EventCodec CODEC = new EventCodec();

    private Api() {
    }

    /** Logging, numbers as BigDecimal, and every request without a token of its own sent as an admin. */
    public static void configure() {
        TestCallers.install();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    public static String account() {
        return given().contentType(ContentType.JSON).body(Map.of("name", unique("Account")))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    /** A rep that goals-service knows (through the fake endpoint), in no team. */
    public static UUID rep() {
        return FakeGoalsResource.rep(null);
    }

    public static Map<String, Object> opportunity(String accountId, UUID ownerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Deal"));
        body.put("accountId", accountId);
        body.put("ownerId", ownerId.toString());
        return body;
    }

    public static String createOpportunity(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/opportunities").then().statusCode(201).extract().path("id");
    }

    public static String createOpportunity() {
        return createOpportunity(opportunity(account(), rep()));
    }

    public static void move(String opportunityId, Map<String, Object> body, int expectedStatus) {
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/opportunities/" + opportunityId + "/stage").then().statusCode(expectedStatus);
    }

    public static TopicClient topics() {
        return new TopicClient(KafkaTestResource.bootstrapServers());
    }

    /** Every event of the aggregate on the pipeline topic, in the order published. */
    public static List<EventEnvelope> events(String aggregateId) {
        return topics().readAll(TOPIC).stream()
                .filter(r -> aggregateId.equals(r.key()))
                .map(r -> CODEC.read(r.value()))
                .toList();
    }

    public static List<EventEnvelope> events(String aggregateId, String type) {
        return events(aggregateId).stream().filter(e -> e.type().equals(type)).toList();
    }

    public static JsonNode data(EventEnvelope event) {
        return event.data();
    }
}
