package io.salesplan.pipeline.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageMoveTest {

    @Inject
    Db db;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String opportunityCreatedAt(String createdAt, String amount) {
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("createdAt", createdAt);
        body.put("amount", new BigDecimal(amount));
        return Api.createOpportunity(body);
    }

    @Test
    void stagesMayBeSkippedAndEachMoveIsInTheHistoryOldestFirst() {
        String id = opportunityCreatedAt("2026-01-05T09:00:00Z", "100000");
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL", "at", "2026-01-10T10:00:00Z"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("stage", equalTo("PROPOSAL"))
                .body("status", equalTo("OPEN"))
                .body("probability", comparesEqualTo(new BigDecimal("0.50")));
        Api.move(id, Map.of("stage", "NEGOTIATION", "at", "2026-01-20T10:00:00+08:00"), 200);

        given().get("/api/v1/opportunities/" + id + "/history").then().statusCode(200)
                .body("items.from", contains("INITIAL_CONTACT", "PROPOSAL"))
                .body("items.to", contains("PROPOSAL", "NEGOTIATION"))
                .body("items.at", contains("2026-01-10T10:00:00Z", "2026-01-20T02:00:00Z"));
    }

    @Test
    void winningClosesTheDealWithAFinalAmountAndPublishesTheMove() {
        String id = opportunityCreatedAt("2026-02-01T09:00:00Z", "100000");
        given().contentType(ContentType.JSON)
                .body(Map.of("stage", "WON", "at", "2026-02-20T15:00:00Z", "amount", 95000.25))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(200)
                .body("status", equalTo("WON"))
                .body("amount", comparesEqualTo(new BigDecimal("95000.25")))
                .body("closedAt", equalTo("2026-02-20T15:00:00Z"))
                .body("probability", comparesEqualTo(BigDecimal.ONE));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, OpportunityStageChangedV1.TYPE).size() == 1);
        EventEnvelope event = Api.events(id, OpportunityStageChangedV1.TYPE).get(0);
        JsonNode data = event.data();
        assertThat(event.subject()).isEqualTo(id);
        assertThat(data.get("opportunityId").asText()).isEqualTo(id);
        assertThat(data.get("fromStage").asText()).isEqualTo("INITIAL_CONTACT");
        assertThat(data.get("fromKind").asText()).isEqualTo("OPEN");
        assertThat(data.get("toStage").asText()).isEqualTo("WON");
        assertThat(data.get("toKind").asText()).isEqualTo("WON");
        assertThat(data.get("stage").asText()).isEqualTo("WON");
        assertThat(data.get("stageKind").asText()).isEqualTo("WON");
        assertThat(data.get("status").asText()).isEqualTo("WON");
        assertThat(OffsetDateTime.parse(data.get("at").asText())).isEqualTo(OffsetDateTime.parse("2026-02-20T15:00:00Z"));
        assertThat(OffsetDateTime.parse(data.get("closedAt").asText()))
                .isEqualTo(OffsetDateTime.parse("2026-02-20T15:00:00Z"));
        assertThat(OffsetDateTime.parse(data.get("createdAt").asText()))
                .isEqualTo(OffsetDateTime.parse("2026-02-01T09:00:00Z"));
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("95000.25");
        assertThat(data.get("ownerId").asText()).isNotBlank();
        assertThat(data.get("pipelineId").asText()).isEqualTo(Api.DEFAULT_PIPELINE);
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void losingNeedsAReasonCodeOfThePipelineAndWithoutOneNothingChanges() {
        String id = Api.createOpportunity();
        given().contentType(ContentType.JSON).body(Map.of("stage", "LOST", "lostReason", "Chose a competitor"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("lostReasonCode"))
                .body("errors[0].message", containsString("PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "LOST", "lostReasonCode", "TOO_EXPENSIVE"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("lostReasonCode"))
                .body("errors[0].message", allOf(containsString("TOO_EXPENSIVE"),
                        containsString("allowed values: PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER")));
        given().get("/api/v1/opportunities/" + id).then().body("status", equalTo("OPEN")).header("ETag", equalTo("\"0\""));

        given().contentType(ContentType.JSON).body(Map.of("stage", "LOST", "lostReasonCode", "COMPETITOR",
                        "lostReason", "Chose a competitor"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(200)
                .body("status", equalTo("LOST"))
                .body("lostReasonCode", equalTo("COMPETITOR"))
                .body("lostReason", equalTo("Chose a competitor"))
                .body("forecastCategory", equalTo("OMITTED"))
                .body("closedAt", notNullValue());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, OpportunityStageChangedV1.TYPE).size() == 1);
        JsonNode lost = Api.events(id, OpportunityStageChangedV1.TYPE).get(0).data();
        assertThat(lost.get("lostReasonCode").asText()).isEqualTo("COMPETITOR");
        assertThat(lost.get("lostReason").asText()).isEqualTo("Chose a competitor");
        assertThat(lost.get("forecastCategory").asText()).isEqualTo("OMITTED");
    }

    @Test
    void aLossNeedsNoDetail() {
        String id = Api.createOpportunity();
        given().contentType(ContentType.JSON).body(Map.of("stage", "LOST", "lostReasonCode", "NO_BUDGET"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(200)
                .body("lostReasonCode", equalTo("NO_BUDGET"))
                .body("lostReason", nullValue());
    }

    @Test
    void movingAClosedDealToAnOpenStageReopensIt() {
        String id = Api.createOpportunity();
        Api.move(id, Map.of("stage", "LOST", "lostReasonCode", "NO_BUDGET", "lostReason", "No budget"), 200);
        given().contentType(ContentType.JSON).body(Map.of("stage", "NEEDS_ANALYSIS"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("closedAt", nullValue())
                .body("lostReasonCode", nullValue())
                .body("lostReason", nullValue())
                .body("forecastCategory", equalTo("PIPELINE"))
                .body("stage", equalTo("NEEDS_ANALYSIS"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, OpportunityStageChangedV1.TYPE).size() == 2);
        JsonNode reopen = Api.events(id, OpportunityStageChangedV1.TYPE).get(1).data();
        assertThat(reopen.get("fromKind").asText()).isEqualTo("LOST");
        assertThat(reopen.get("toKind").asText()).isEqualTo("OPEN");
        assertThat(reopen.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopen.get("closedAt").isNull()).isTrue();
    }

    @Test
    void movingToTheCurrentStageChangesNothingAndPublishesNothing() {
        String id = Api.createOpportunity();
        given().contentType(ContentType.JSON).body(Map.of("stage", "INITIAL_CONTACT"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("stage", equalTo("INITIAL_CONTACT"));
        given().get("/api/v1/opportunities/" + id + "/history").then().statusCode(200)
                .body("items.size()", equalTo(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> db.pendingEvents(id) == 0);
        assertThat(db.outboxEvents(id)).isEqualTo(1);
        assertThat(Api.events(id, OpportunityStageChangedV1.TYPE)).isEmpty();
    }

    @Test
    void atMayNotBeInTheFutureNorBeforeTheCreationNorBeforeThePreviousMove() {
        String id = opportunityCreatedAt("2026-03-01T09:00:00Z", "1000");
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL", "at", future))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("at")).body("errors[0].message", containsString("future"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL", "at", "2026-02-28T09:00:00Z"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        Api.move(id, Map.of("stage", "PROPOSAL", "at", "2026-03-10T09:00:00Z"), 200);
        given().contentType(ContentType.JSON).body(Map.of("stage", "NEGOTIATION", "at", "2026-03-05T09:00:00Z"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "NEGOTIATION", "at", "tomorrow"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        given().get("/api/v1/opportunities/" + id + "/history").then().body("items.size()", equalTo(1));
    }

    @Test
    void badMovesAreRejected() {
        String id = Api.createOpportunity();
        given().contentType(ContentType.JSON).body(Map.of("stage", "SIGNED"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("stage"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL", "amount", 10))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "WON", "amount", -10))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL", "lostReason", "why"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("lostReason"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL", "lostReasonCode", "PRICE"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("lostReasonCode"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"").body(Map.of("stage", "PROPOSAL"))
                .post("/api/v1/opportunities/" + id + "/stage").then().statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("stage", "PROPOSAL"))
                .post("/api/v1/opportunities/" + UUID.randomUUID() + "/stage").then().statusCode(404);
        given().get("/api/v1/opportunities/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/opportunities/" + id).then().header("ETag", equalTo("\"0\""))
                .body("stage", equalTo("INITIAL_CONTACT"));
        assertThat(db.count("select count(*) from stage_change where opportunity_id = ?", UUID.fromString(id)))
                .isZero();
    }

    @Test
    void twoMovesRacingWithTheSameIfMatchRecordExactlyOneMove() throws Exception {
        String id = Api.createOpportunity();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> results = List.of("PROPOSAL", "NEGOTIATION").stream()
                    .map(stage -> pool.submit(() -> {
                        start.await();
                        return given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                                .body(Map.of("stage", stage)).post("/api/v1/opportunities/" + id + "/stage")
                                .statusCode();
                    })).toList();
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/opportunities/" + id + "/history").then().body("items.size()", equalTo(1));
        given().get("/api/v1/opportunities/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void anOpportunityCreatedInTheWonStageIsClosedAtItsCreation() {
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("stage", "WON");
        body.put("createdAt", "2026-04-01T08:00:00Z");
        String id = Api.createOpportunity(body);
        given().get("/api/v1/opportunities/" + id).then().body("status", equalTo("WON"))
                .body("closedAt", equalTo("2026-04-01T08:00:00Z"));
        List<String> history = given().get("/api/v1/opportunities/" + id + "/history").then().extract().path("items");
        assertThat(history).isEmpty();
    }
}
