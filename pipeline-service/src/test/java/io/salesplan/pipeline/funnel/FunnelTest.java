package io.salesplan.pipeline.funnel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.pipeline.Api;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunnelTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String pipeline() {
        List<Map<String, Object>> stages = List.of(
                Map.of("key", "LEAD", "probability", 0.1),
                Map.of("key", "DEMO", "probability", 0.4),
                Map.of("key", "OFFER", "probability", 0.75),
                Map.of("key", "SIGNED", "kind", "WON", "probability", 1),
                Map.of("key", "DROPPED", "kind", "LOST", "probability", 0));
        return given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Funnel"), "stages", stages))
                .post("/api/v1/pipelines").then().statusCode(201).extract().path("id");
    }

    private static String deal(String pipeline, UUID owner, String stage, String amount) {
        Map<String, Object> body = Api.opportunity(Api.account(), owner);
        body.put("pipelineId", pipeline);
        body.put("stage", stage);
        body.put("amount", new BigDecimal(amount));
        return Api.createOpportunity(body);
    }

    @Test
    void theFunnelCountsAndWeighsTheOpenOpportunitiesPerOpenStage() {
        String pipeline = pipeline();
        UUID alice = Api.rep();
        UUID bob = Api.rep();
        deal(pipeline, alice, "LEAD", "1000.00");
        deal(pipeline, alice, "LEAD", "2500.50");
        deal(pipeline, bob, "DEMO", "10000");
        deal(pipeline, alice, "OFFER", "333.33");
        deal(pipeline, alice, "SIGNED", "99999");
        String lost = deal(pipeline, bob, "OFFER", "5000");
        Api.move(lost, Map.of("stage", "DROPPED", "lostReasonCode", "NO_BUDGET", "lostReason", "Budget cut"), 200);

        given().get("/api/v1/pipelines/" + pipeline + "/funnel").then().statusCode(200)
                .body("pipelineId", equalTo(pipeline))
                .body("stages.stage", contains("LEAD", "DEMO", "OFFER"))
                .body("stages.count", contains(2, 1, 1))
                .body("stages[0].amount", comparesEqualTo(new BigDecimal("3500.50")))
                .body("stages[0].weightedAmount", comparesEqualTo(new BigDecimal("350.05")))
                .body("stages[1].amount", comparesEqualTo(new BigDecimal("10000")))
                .body("stages[1].weightedAmount", comparesEqualTo(new BigDecimal("4000")))
                .body("stages[2].amount", comparesEqualTo(new BigDecimal("333.33")))
                .body("stages[2].weightedAmount", comparesEqualTo(new BigDecimal("250.00")))
                .body("totals.count", equalTo(4))
                .body("totals.amount", comparesEqualTo(new BigDecimal("13833.83")))
                .body("totals.weightedAmount", comparesEqualTo(new BigDecimal("4600.05")));

        given().queryParam("ownerId", bob.toString()).get("/api/v1/pipelines/" + pipeline + "/funnel").then()
                .statusCode(200)
                .body("stages.count", contains(0, 1, 0))
                .body("totals.amount", comparesEqualTo(new BigDecimal("10000")))
                .body("totals.weightedAmount", comparesEqualTo(new BigDecimal("4000")));
    }

    @Test
    void badFunnelRequestsAreRejected() {
        given().get("/api/v1/pipelines/" + UUID.randomUUID() + "/funnel").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("ownerId", "me").get("/api/v1/pipelines/" + Api.DEFAULT_PIPELINE + "/funnel").then()
                .statusCode(400).body("errors[0].field", equalTo("ownerId"));
    }
}
