package io.salesplan.platform.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.platform.inbox.InboxConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    private static final Duration HEALING = Duration.ofSeconds(90);

    @Inject
    InboxConsumer consumer;

    @Test
    void readinessNamesTheDatabaseKafkaAndTheConsumersState() {
        awaitHealthy();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItems(DatabaseReadiness.NAME, KafkaReadiness.NAME, InboxReadiness.NAME))
                .body("checks.find { it.name == 'Inbox consumer' }.data.state", equalTo("subscribed"))
                .body("checks.find { it.name == 'Inbox consumer' }.data.group", equalTo("platform-test"))
                .body("checks.find { it.name == 'Inbox consumer' }.data.topics", equalTo("salesplan.goals,salesplan.pipeline,salesplan.reviews"));
    }

    @Test
    void healthSaysDownWhileKafkaIsStoppedAndUpOnceTheConsumerHealed() {
        awaitHealthy();
        List<Long> readinessMillis = new ArrayList<>();
        KafkaTestResource.stopBroker();
        try {
            long stopped = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> timed("/q/health/ready", readinessMillis).statusCode() == 503);
            long downAfterMillis = (System.nanoTime() - stopped) / 1_000_000;
            assertThat(downAfterMillis).as("readiness DOWN soon after Kafka stopped").isLessThan(3_000);
            assertThat(readinessMillis).as("each readiness call answered within ~2 s").allMatch(ms -> ms < 2_000);
            JsonPath ready = given().when().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
            assertThat(check(ready, KafkaReadiness.NAME).get("status")).isEqualTo("DOWN");
            assertThat(check(ready, DatabaseReadiness.NAME).get("status")).isEqualTo("UP");

            // Liveness waits salesplan.inbox.stalled-after (8 s in tests) for the consumer to heal itself.
            await().atMost(Duration.ofSeconds(45)).until(() -> status("/q/health/live") == 503);
            JsonPath live = given().when().get("/q/health/live").then().statusCode(503).extract().jsonPath();
            Map<String, Object> inbox = check(live, InboxReadiness.NAME);
            assertThat(inbox.get("status")).isEqualTo("DOWN");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) inbox.get("data");
            assertThat(data.get("state")).isEqualTo("unreachable");
            assertThat(data.get("lastFailure")).isEqualTo(TimeoutException.class.getName());
            assertThat(((Number) data.get("secondsSinceLastPoll")).longValue()).isGreaterThanOrEqualTo(8);
            assertThat(check(given().when().get("/q/health/ready").jsonPath(), InboxReadiness.NAME).get("status"))
                    .isEqualTo("DOWN");
        } finally {
            KafkaTestResource.startBroker();
        }
        await().atMost(HEALING).until(() -> status("/q/health/live") == 200 && status("/q/health/ready") == 200);
        assertThat(consumer.status().snapshot().polling()).isTrue();
    }

    private void awaitHealthy() {
        await().atMost(HEALING).until(() -> status("/q/health/ready") == 200 && status("/q/health/live") == 200);
    }

    private static int status(String path) {
        return given().when().get(path).statusCode();
    }

    private static Response timed(String path, List<Long> millis) {
        long start = System.nanoTime();
        Response response = given().when().get(path);
        millis.add((System.nanoTime() - start) / 1_000_000);
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> check(JsonPath health, String name) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name + " in " + checks));
    }
}
