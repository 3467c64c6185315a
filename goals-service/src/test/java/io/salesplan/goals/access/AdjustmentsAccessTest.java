package io.salesplan.goals.access;

import static io.salesplan.goals.Api.json;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.salesplan.goals.Api;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plan adjustments: read in scope (reps their own goals'), decided in scope by managers, never by reps. */
@QuarkusTest
class AdjustmentsAccessTest {

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    private static RequestSpecification as(String token) {
        return json().headers(TestCallers.bearer(token));
    }

    /** A proposal as review-service sends it when the manager closes a retrospective. */
    private UUID propose(String goalId, UUID retrospective, String closedBy) {
        UUID adjustment = UUID.randomUUID();
        topics.send("salesplan.reviews", goalId, Api.codec().write(Api.codec().envelope("/review-service",
                "salesplan.adjustment.proposed.v1", goalId, Map.of("adjustmentId", adjustment, "retrospectiveId",
                        retrospective, "goalId", goalId, "newTargetValue", 1500000, "reason", "lost two key accounts",
                        "proposedAt", OffsetDateTime.now().toString())).withActor(closedBy)));
        await().atMost(Duration.ofSeconds(30)).until(() -> json().get("/api/v1/goals/" + goalId + "/adjustments")
                .then().extract().jsonPath().getList("items").size() == 1);
        return adjustment;
    }

    @Test
    void repsReadTheirOwnGoalsAdjustmentsAndManagersDecideThoseInScope() {
        Org org = new Org();
        UUID retrospective = UUID.randomUUID();
        UUID onE1 = propose(org.e1Goal, retrospective, org.email("boss"));
        UUID onW1 = propose(org.w1Goal, retrospective, "someone-else");

        as(TestCallers.rep(org.email("e1"))).get("/api/v1/goals/" + org.e1Goal + "/adjustments").then().statusCode(200)
                .body("items[0].id", equalTo(onE1.toString()))
                .body("items[0].createdBy", equalTo(org.email("boss")));
        as(TestCallers.rep(org.email("e1"))).get("/api/v1/goals/" + org.eastGoal + "/adjustments").then().statusCode(403);
        as(TestCallers.rep(org.email("e1"))).post("/api/v1/goals/" + org.e1Goal + "/adjustments/" + onE1 + "/accept")
                .then().statusCode(403).body("detail", containsString("may not accept or reject plan adjustments"));
        as(TestCallers.integration()).get("/api/v1/goals/" + org.e1Goal + "/adjustments").then().statusCode(403);

        String manager = TestCallers.manager(org.email("boss"));
        as(manager).get("/api/v1/goals/" + org.w1Goal + "/adjustments").then().statusCode(404);
        as(manager).post("/api/v1/goals/" + org.w1Goal + "/adjustments/" + onW1 + "/accept").then().statusCode(404);
        as(manager).post("/api/v1/goals/" + org.e1Goal + "/adjustments/" + onE1 + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("updatedBy", equalTo(org.email("boss")));
        as(manager).get("/api/v1/goals/" + org.e1Goal + "/history").then()
                .body("items[3].field", equalTo("targetValue"))
                .body("items[3].to", equalTo("1500000"))
                .body("items[3].actor", equalTo(org.email("boss")))
                .body("items[3].reason", containsString("retrospective " + retrospective));
    }
}
