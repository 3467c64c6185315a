package io.salesplan.goals.adjustment;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.goals.Api;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventEnvelope;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanAdjustmentTest {

    private static final String REVIEWS = "salesplan.reviews";
    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    private String propose(String goalId, UUID adjustmentId, Object newTarget) {
        String event = Api.codec().write(Api.codec().envelope("/review-service", "salesplan.adjustment.proposed.v1",
                goalId, Map.of("adjustmentId", adjustmentId, "retrospectiveId", UUID.randomUUID(), "goalId", goalId,
                        "newTargetValue", newTarget, "reason", "pipeline too thin", "proposedAt",
                        OffsetDateTime.now().toString())));
        topics.send(REVIEWS, goalId, event);
        return event;
    }

    private List<Object> adjustments(String goalId) {
        return json().get("/api/v1/goals/" + goalId + "/adjustments").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void aProposalDeliveredTwiceIsRecordedOnceAndAcceptingItChangesTheTargetAndPublishes() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "REVENUE_WON", new BigDecimal("10000000")));
        UUID adjustment = UUID.randomUUID();
        String event = propose(goal, adjustment, new BigDecimal("9000000.00"));
        topics.send(REVIEWS, goal, event);
        propose(goal, adjustment, new BigDecimal("9000000.00"));
        UUID marker = UUID.randomUUID();
        propose(goal, marker, new BigDecimal("8000000"));

        await().atMost(Duration.ofSeconds(30)).until(() -> adjustments(goal).size() >= 2);
        json().get("/api/v1/goals/" + goal + "/adjustments").then()
                .body("items", hasSize(2))
                .body("items.id", contains(adjustment.toString(), marker.toString()))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].goalId", equalTo(goal))
                .body("items[0].reason", equalTo("pipeline too thin"))
                .body("items[0].newTargetValue", equalTo(new BigDecimal("9000000.00")));

        json().post("/api/v1/goals/" + goal + "/adjustments/" + adjustment + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        json().get("/api/v1/goals/" + goal).then().body("targetValue", equalTo(new BigDecimal("9000000.00")))
                .body("version", equalTo(1));
        EventEnvelope updated = Api.event("salesplan.goal.updated.v1", goal);
        assertThat(updated.data().get("targetValue").decimalValue()).isEqualByComparingTo("9000000");

        json().post("/api/v1/goals/" + goal + "/adjustments/" + adjustment + "/accept").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("detail", containsString("already accepted"));
        json().post("/api/v1/goals/" + goal + "/adjustments/" + adjustment + "/reject").then().statusCode(409);

        json().post("/api/v1/goals/" + goal + "/adjustments/" + marker + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        json().get("/api/v1/goals/" + goal).then().body("targetValue", equalTo(new BigDecimal("9000000.00")));
        json().queryParam("status", "REJECTED").get("/api/v1/goals/" + goal + "/adjustments")
                .then().body("items.id", contains(marker.toString()));
    }

    @Test
    void aProposalForAnUnknownGoalIsDeadLetteredAndTheNextOneIsApplied() {
        String unknownGoal = UUID.randomUUID().toString();
        propose(unknownGoal, UUID.randomUUID(), 5);
        ConsumerRecord<String, String> dead = topics.await(REVIEWS + ".dlt", r -> unknownGoal.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader("salesplan-dlt-reason").value(), StandardCharsets.UTF_8))
                .contains("does not exist");

        String goal = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        propose(goal, UUID.randomUUID(), 90);
        await().atMost(Duration.ofSeconds(30)).until(() -> adjustments(goal).size() == 1);
    }

    @Test
    void otherReviewEventsAreIgnored() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        topics.send(REVIEWS, goal, Api.codec().write(Api.codec().envelope("/review-service",
                "salesplan.retrospective.closed.v1", goal, Map.of("retrospectiveId", goal, "adjustments", 0))));
        propose(goal, UUID.randomUUID(), 80);
        await().atMost(Duration.ofSeconds(30)).until(() -> adjustments(goal).size() == 1);
        assertThat(topics.readAll(REVIEWS + ".dlt")).noneMatch(r -> goal.equals(r.key()));
    }

    @Test
    void anAdjustmentThatCannotApplyIsA409AndUnknownOnesAre404s() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        UUID fractional = UUID.randomUUID();
        propose(goal, fractional, new BigDecimal("90.5"));
        await().atMost(Duration.ofSeconds(30)).until(() -> adjustments(goal).size() == 1);
        json().post("/api/v1/goals/" + goal + "/adjustments/" + fractional + "/accept").then().statusCode(409)
                .body("detail", containsString("whole number"));
        json().get("/api/v1/goals/" + goal).then().body("targetValue", equalTo(100)).body("version", equalTo(0));

        json().post("/api/v1/goals/" + goal + "/adjustments/" + UUID.randomUUID() + "/accept").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        String otherGoal = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        json().post("/api/v1/goals/" + otherGoal + "/adjustments/" + fractional + "/reject").then().statusCode(404);
        json().get("/api/v1/goals/" + UUID.randomUUID() + "/adjustments").then().statusCode(404);
        json().queryParam("status", "MAYBE").get("/api/v1/goals/" + goal + "/adjustments").then().statusCode(400);
    }
}
