package io.salesplan.pipeline.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.salesplan.infra.TestCallers;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import io.salesplan.pipeline.FakeGoalsResource;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpportunityResourceTest {

    @Inject
    Db db;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creatingWithDefaultsPutsItInTheFirstStageOfTheDefaultPipelineAndPublishesIt() {
        String account = Api.account();
        UUID owner = Api.rep();
        Map<String, Object> body = Api.opportunity(account, owner);
        body.put("amount", 120000.5);
        body.put("expectedCloseDate", "2026-06-30");
        body.put("source", "REFERRAL");
        Response created = given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/opportunities/"))
                .header("ETag", equalTo("\"0\""))
                .body("pipelineId", equalTo(Api.DEFAULT_PIPELINE))
                .body("stage", equalTo("INITIAL_CONTACT"))
                .body("status", equalTo("OPEN"))
                .body("probability", comparesEqualTo(new BigDecimal("0.10")))
                .body("amount", comparesEqualTo(new BigDecimal("120000.50")))
                .body("currency", equalTo("CNY"))
                .body("expectedCloseDate", equalTo("2026-06-30"))
                .body("createdAt", notNullValue())
                .body("closedAt", nullValue());
        String id = created.path("id");
        given().get("/api/v1/opportunities/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("ownerId", equalTo(owner.toString())).body("accountId", equalTo(account));

        EventEnvelope event = Api.CODEC.read(Api.topics().await(Api.TOPIC, r -> id.equals(r.key()),
                Duration.ofSeconds(20)).value());
        assertThat(event.type()).isEqualTo(OpportunityEventV1.CREATED);
        JsonNode data = event.data();
        assertThat(data.get("opportunityId").asText()).isEqualTo(id);
        assertThat(data.get("ownerId").asText()).isEqualTo(owner.toString());
        assertThat(data.get("accountId").asText()).isEqualTo(account);
        assertThat(data.get("pipelineId").asText()).isEqualTo(Api.DEFAULT_PIPELINE);
        assertThat(data.get("stage").asText()).isEqualTo("INITIAL_CONTACT");
        assertThat(data.get("stageKind").asText()).isEqualTo("OPEN");
        assertThat(data.get("status").asText()).isEqualTo("OPEN");
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(data.get("expectedCloseDate").asText()).isEqualTo("2026-06-30");
        assertThat(data.get("source").asText()).isEqualTo("REFERRAL");
        assertThat(data.get("createdAt").asText()).isNotBlank();
        assertThat(data.get("version").asLong()).isZero();
        assertThat(data.has("teamId")).isTrue();
    }

    @Test
    void anIntegrationMayGiveACreatedAtInThePastButNotInTheFuture() {
        Map<String, Object> past = Api.opportunity(Api.account(), Api.rep());
        past.put("createdAt", "2026-01-15T09:30:00+08:00");
        given().contentType(ContentType.JSON).body(past).post("/api/v1/opportunities").then().statusCode(201)
                .body("createdAt", equalTo("2026-01-15T01:30:00Z"));

        Map<String, Object> future = Api.opportunity(Api.account(), Api.rep());
        future.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString());
        given().contentType(ContentType.JSON).body(future).post("/api/v1/opportunities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("createdAt"));
        assertThat(db.count("select count(*) from opportunity where name = ?", future.get("name"))).isZero();
    }

    @Test
    void badInputIs400AndWritesNothing() {
        String account = Api.account();
        UUID owner = Api.rep();
        List<Map<String, Object>> bodies = new ArrayList<>();
        Map<String, Object> negative = Api.opportunity(account, owner);
        negative.put("amount", -1);
        bodies.add(negative);
        Map<String, Object> badDate = Api.opportunity(account, owner);
        badDate.put("expectedCloseDate", "next tuesday");
        bodies.add(badDate);
        Map<String, Object> longName = Api.opportunity(account, owner);
        longName.put("name", "x".repeat(10_000));
        bodies.add(longName);
        Map<String, Object> threeDecimals = Api.opportunity(account, owner);
        threeDecimals.put("amount", 1.005);
        bodies.add(threeDecimals);
        Map<String, Object> lostWithoutReason = Api.opportunity(account, owner);
        lostWithoutReason.put("stage", "LOST");
        bodies.add(lostWithoutReason);
        Map<String, Object> badOwner = Api.opportunity(account, owner);
        badOwner.put("ownerId", "not-a-uuid");
        bodies.add(badOwner);
        Map<String, Object> missing = new HashMap<>(Api.opportunity(account, owner));
        missing.remove("accountId");
        bodies.add(missing);
        for (Map<String, Object> body : bodies) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400))
                    .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        given().contentType(ContentType.JSON).body(badDate).post("/api/v1/opportunities").then()
                .body("errors[0].field", equalTo("expectedCloseDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        assertThat(db.count("select count(*) from opportunity where account_id = ?", UUID.fromString(account)))
                .isZero();
    }

    @Test
    void unknownReferencesAre422AndWriteNothing() {
        String account = Api.account();
        Map<String, Object> unknownAccount = Api.opportunity(UUID.randomUUID().toString(), Api.rep());
        given().contentType(ContentType.JSON).body(unknownAccount).post("/api/v1/opportunities").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("accountId"));

        UUID unknownRep = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Api.opportunity(account, unknownRep)).post("/api/v1/opportunities")
                .then().statusCode(422).body("errors[0].field", equalTo("ownerId"));
        assertThat(db.count("select count(*) from rep where id = ?", unknownRep)).isZero();

        Map<String, Object> unknownStage = Api.opportunity(account, Api.rep());
        unknownStage.put("stage", "SIGNED");
        given().contentType(ContentType.JSON).body(unknownStage).post("/api/v1/opportunities").then()
                .statusCode(422).body("errors[0].field", equalTo("stage"))
                .body("detail", containsString("INITIAL_CONTACT"));

        Map<String, Object> unknownPipeline = Api.opportunity(account, Api.rep());
        unknownPipeline.put("pipelineId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(unknownPipeline).post("/api/v1/opportunities").then()
                .statusCode(422).body("errors[0].field", equalTo("pipelineId"));
        assertThat(db.count("select count(*) from opportunity where account_id = ?", UUID.fromString(account)))
                .isZero();
    }

    @Test
    void aRepCreatedAMomentAgoInGoalsServiceIsAcceptedAndKeptAskingWithTheCallersOwnToken() {
        UUID team = UUID.randomUUID();
        UUID owner = FakeGoalsResource.rep(team);
        String token = TestCallers.integration();
        String id = given().headers(TestCallers.bearer(token)).contentType(ContentType.JSON)
                .body(Api.opportunity(Api.account(), owner)).post("/api/v1/opportunities")
                .then().statusCode(201).extract().path("id");
        // The fake goals-service refuses a look-up without a bearer token: this one carried the caller's.
        assertThat(FakeGoalsResource.authorizationSeenFor(owner)).isEqualTo("Bearer " + token);
        assertThat(db.single("select team_id from rep where id = ?", owner)).isEqualTo(team);
        JsonNode data = Api.CODEC.read(Api.topics().await(Api.TOPIC, r -> id.equals(r.key()),
                Duration.ofSeconds(20)).value()).data();
        assertThat(data.get("teamId").asText()).isEqualTo(team.toString());
    }

    @Test
    void anOwnerThatCannotBeVerifiedBecauseGoalsServiceFailsIs503AndNothingIsStored() {
        String account = Api.account();
        UUID owner = FakeGoalsResource.failingRep();
        given().contentType(ContentType.JSON).body(Api.opportunity(account, owner)).post("/api/v1/opportunities")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        assertThat(db.count("select count(*) from rep where id = ?", owner)).isZero();
        assertThat(db.count("select count(*) from opportunity where owner_id = ?", owner)).isZero();
    }

    @Test
    void patchingChangesFieldsBumpsTheVersionAndPublishesTheWholeState() {
        String id = Api.createOpportunity();
        String otherAccount = Api.account();
        UUID otherOwner = Api.rep();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("amount", 5000, "expectedCloseDate", "2026-09-30", "accountId", otherAccount,
                        "ownerId", otherOwner.toString()))
                .patch("/api/v1/opportunities/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("amount", comparesEqualTo(new BigDecimal("5000")))
                .body("expectedCloseDate", equalTo("2026-09-30"))
                .body("accountId", equalTo(otherAccount))
                .body("ownerId", equalTo(otherOwner.toString()))
                .body("stage", equalTo("INITIAL_CONTACT"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, OpportunityEventV1.UPDATED).size() == 1);
        JsonNode data = Api.events(id, OpportunityEventV1.UPDATED).get(0).data();
        assertThat(data.get("version").asLong()).isEqualTo(1);
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(data.get("ownerId").asText()).isEqualTo(otherOwner.toString());
        assertThat(data.get("expectedCloseDate").asText()).isEqualTo("2026-09-30");
        assertThat(data.get("name").asText()).isNotBlank();
    }

    @Test
    void nullClearsTheCloseDateAndSourceButNotRequiredFields() {
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("expectedCloseDate", "2026-05-31");
        body.put("source", "WEBSITE");
        String id = Api.createOpportunity(body);
        given().contentType(ContentType.JSON).body("{\"expectedCloseDate\": null, \"source\": null}")
                .patch("/api/v1/opportunities/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("expectedCloseDate", nullValue())
                .body("source", nullValue());
        given().contentType(ContentType.JSON).body("{\"amount\": null}")
                .patch("/api/v1/opportunities/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body("{\"expectedCloseDate\": \"31/12/2026\"}")
                .patch("/api/v1/opportunities/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("expectedCloseDate"));
        given().contentType(ContentType.JSON).body("[]")
                .patch("/api/v1/opportunities/" + id).then().statusCode(400);
        given().get("/api/v1/opportunities/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void datesOutsideWhatTheBusinessCanMeanAreRejected() {
        Map<String, Object> ancient = Api.opportunity(Api.account(), Api.rep());
        ancient.put("createdAt", "0001-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(ancient).post("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("createdAt"));
        Map<String, Object> farClose = Api.opportunity(Api.account(), Api.rep());
        farClose.put("expectedCloseDate", "1850-01-01");
        given().contentType(ContentType.JSON).body(farClose).post("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("expectedCloseDate"));
    }

    @Test
    void badPatchesAreRejected() {
        String id = Api.createOpportunity();
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("amount", 1))
                .patch("/api/v1/opportunities/" + id).then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("amount", -5))
                .patch("/api/v1/opportunities/" + id).then().statusCode(400).body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "WON"))
                .patch("/api/v1/opportunities/" + id).then().statusCode(400).body("errors[0].field", equalTo("stage"));
        given().contentType(ContentType.JSON).body(Map.of("ownerId", UUID.randomUUID().toString()))
                .patch("/api/v1/opportunities/" + id).then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("accountId", UUID.randomUUID().toString()))
                .patch("/api/v1/opportunities/" + id).then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("amount", 1))
                .patch("/api/v1/opportunities/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/opportunities/" + id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void concurrentPatchesWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        String id = Api.createOpportunity();
        String etag = given().get("/api/v1/opportunities/" + id).then().extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                int amount = i * 1000;
                results.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", etag)
                            .body(Map.of("amount", amount)).patch("/api/v1/opportunities/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/opportunities/" + id).then().header("ETag", equalTo("\"1\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> db.pendingEvents(id) == 0);
        assertThat(db.outboxEvents(id)).isEqualTo(2);
    }

    @Test
    void theListFiltersByOwnerAccountStageStatusAndCloseDates() {
        String account = Api.account();
        UUID owner = Api.rep();
        Map<String, Object> early = Api.opportunity(account, owner);
        early.put("expectedCloseDate", "2026-03-15");
        String earlyId = Api.createOpportunity(early);
        Map<String, Object> late = Api.opportunity(account, owner);
        late.put("expectedCloseDate", "2026-11-15");
        late.put("stage", "PROPOSAL");
        String lateId = Api.createOpportunity(late);
        Map<String, Object> won = Api.opportunity(account, owner);
        won.put("stage", "WON");
        String wonId = Api.createOpportunity(won);
        String otherOwners = Api.createOpportunity(Api.opportunity(account, Api.rep()));

        assertThat(ids(Map.of("ownerId", owner.toString()))).containsExactlyInAnyOrder(earlyId, lateId, wonId);
        assertThat(ids(Map.of("accountId", account))).containsExactlyInAnyOrder(earlyId, lateId, wonId, otherOwners);
        assertThat(ids(Map.of("ownerId", owner.toString(), "stage", "PROPOSAL"))).containsExactly(lateId);
        assertThat(ids(Map.of("ownerId", owner.toString(), "status", "WON"))).containsExactly(wonId);
        assertThat(ids(Map.of("ownerId", owner.toString(), "status", "OPEN"))).containsExactlyInAnyOrder(earlyId, lateId);
        assertThat(ids(Map.of("accountId", account, "closeFrom", "2026-03-01", "closeTo", "2026-03-31")))
                .containsExactly(earlyId);
        assertThat(ids(Map.of("accountId", account, "closeFrom", "2026-04-01"))).containsExactly(lateId);
        // newest first
        assertThat(ids(Map.of("ownerId", owner.toString()))).containsExactly(wonId, lateId, earlyId);
    }

    @Test
    void badFilterValuesAre400NamingWhatIsAllowed() {
        given().queryParam("status", "MAYBE").get("/api/v1/opportunities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("OPEN, WON, LOST"));
        given().queryParam("closeFrom", "yesterday").get("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("closeFrom"));
        given().queryParam("closeFrom", "2026-05-01").queryParam("closeTo", "2026-04-01").get("/api/v1/opportunities")
                .then().statusCode(400).body("errors[0].field", equalTo("closeFrom"));
        given().queryParam("ownerId", "bob").get("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerId"));
        given().queryParam("teamId", "x").get("/api/v1/opportunities").then().statusCode(400);
        given().queryParam("stage", "proposal").get("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        given().get("/api/v1/opportunities/not-a-uuid").then().statusCode(404);
    }

    @Test
    void theListIsPagedWithACursorBoundToItsFilters() {
        String account = Api.account();
        UUID owner = Api.rep();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.createOpportunity(Api.opportunity(account, owner)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("accountId", account).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/opportunities");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);

        String first = given().queryParam("accountId", account).queryParam("limit", 2).get("/api/v1/opportunities")
                .then().extract().path("nextCursor");
        given().queryParam("ownerId", owner.toString()).queryParam("cursor", first).get("/api/v1/opportunities")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    private static List<String> ids(Map<String, String> filters) {
        return given().queryParams(filters).get("/api/v1/opportunities").then().statusCode(200)
                .extract().path("items.id");
    }
}
