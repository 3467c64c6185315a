package io.salesplan.activity.activity;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Fixtures.World;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.activity.fake.FakePipeline;
import io.salesplan.infra.TestCallers;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void loggingAnActivityStoresItAndPublishesTheLoggedEvent() {
        World w = World.create();
        Map<String, Object> body = activity(w.rep(), "VISIT");
        body.put("opportunityId", w.opportunity().toString());
        body.put("accountId", w.account().toString());
        body.put("durationMinutes", 45);
        body.put("outcome", "Agreed on a demo");
        body.put("notes", "Met the CFO");

        Response created = json().body(body).post("/api/v1/activities").then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("type", equalTo("VISIT"))
                .body("ownerId", equalTo(w.rep().toString()))
                .body("occurredAt", equalTo("2026-03-02T01:30:00Z"))
                .body("accountId", equalTo(w.account().toString()))
                .body("durationMinutes", equalTo(45))
                .body("notes", equalTo("Met the CFO"))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/activities/" + id);

        json().get("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("outcome", equalTo("Agreed on a demo"))
                .body("opportunityId", equalTo(w.opportunity().toString()));

        EventEnvelope event = Fixtures.awaitEvents(id, ActivityEvent.LOGGED, 1).get(0);
        assertThat(event.source()).isEqualTo("/activity-service");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.data().get("activityId").asText()).isEqualTo(id);
        assertThat(event.data().get("type").asText()).isEqualTo("VISIT");
        assertThat(event.data().get("ownerId").asText()).isEqualTo(w.rep().toString());
        assertThat(OffsetDateTime.parse(event.data().get("occurredAt").asText()))
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 1, 30, 0, 0, ZoneOffset.UTC));
        assertThat(event.data().get("opportunityId").asText()).isEqualTo(w.opportunity().toString());
        assertThat(event.data().get("accountId").asText()).isEqualTo(w.account().toString());
        assertThat(event.data().get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(event.data().get("version").asLong()).isZero();
        assertThat(event.data().has("taskId")).isTrue();
        assertThat(event.data().has("notes")).as("notes stay in the service").isFalse();
    }

    @Test
    void theOpportunitysAccountIsFilledInWhenAccountIdIsOmitted() {
        World w = World.create();
        Map<String, Object> body = activity(w.rep(), "CALL");
        body.put("opportunityId", w.opportunity().toString());
        json().body(body).post("/api/v1/activities").then().statusCode(201)
                .body("accountId", equalTo(w.account().toString()));
    }

    @Test
    void referencesNotKnownYetAreAskedOfTheirServicesWithTheCallersOwnToken() {
        World w = World.create();
        UUID account = FakePipeline.account();
        String token = TestCallers.integration();
        Map<String, Object> body = activity(w.rep(), "CALL");
        body.put("opportunityId", w.opportunity().toString());
        json().headers(TestCallers.bearer(token)).body(body).post("/api/v1/activities").then().statusCode(201)
                .body("accountId", equalTo(w.account().toString()));
        Map<String, Object> withAccount = activity(w.rep(), "EMAIL");
        withAccount.put("accountId", account.toString());
        json().headers(TestCallers.bearer(token)).body(withAccount).post("/api/v1/activities").then().statusCode(201);

        assertThat(FakeGoals.authorization(w.rep())).isEqualTo("Bearer " + token);
        assertThat(FakePipeline.authorization(w.opportunity())).isEqualTo("Bearer " + token);
        assertThat(FakePipeline.authorization(account)).isEqualTo("Bearer " + token);
    }

    @Test
    void anAccountThatIsNotTheOpportunitysIsRejectedWith422() {
        World w = World.create();
        UUID otherAccount = FakePipeline.account();
        Map<String, Object> body = activity(w.rep(), "CALL");
        body.put("opportunityId", w.opportunity().toString());
        body.put("accountId", otherAccount.toString());
        json().body(body).post("/api/v1/activities").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("accountId"))
                .body("detail", containsString("is not the account of opportunity"));
        assertThat(sql.count("select count(*) from activity where owner_id = ?", w.rep())).isZero();
    }

    @Test
    void unknownOwnerOpportunityOrAccountIsRejectedWith422AndNothingIsStored() {
        World w = World.create();
        UUID unknown = UUID.randomUUID();
        json().body(activity(unknown, "CALL")).post("/api/v1/activities").then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("ownerId"));

        Map<String, Object> withOpportunity = activity(w.rep(), "CALL");
        withOpportunity.put("opportunityId", unknown.toString());
        json().body(withOpportunity).post("/api/v1/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("opportunityId"));

        Map<String, Object> withAccount = activity(w.rep(), "CALL");
        withAccount.put("accountId", unknown.toString());
        json().body(withAccount).post("/api/v1/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("accountId"));

        assertThat(sql.count("select count(*) from activity where owner_id = ? or owner_id = ?", w.rep(), unknown))
                .isZero();
    }

    @Test
    void aRepJustCreatedInGoalsServiceIsAcceptedAndRemembered() {
        UUID rep = FakeGoals.rep();
        String admin = TestCallers.admin();
        json().headers(TestCallers.bearer(admin)).body(activity(rep, "EMAIL")).post("/api/v1/activities").then()
                .statusCode(201);
        json().body(activity(rep, "EMAIL")).post("/api/v1/activities").then().statusCode(201);
        assertThat(FakeGoals.calls(rep)).as("asked once, then known locally").isEqualTo(1);
        assertThat(FakeGoals.authorization(rep)).as("asked with the caller's token").isEqualTo("Bearer " + admin);
        assertThat(sql.count("select count(*) from known_rep where id = ? and email = ?", rep, rep + "@example.com"))
                .isEqualTo(1);
    }

    @Test
    void whenGoalsServiceCannotAnswerTheRequestIs503WithRetryAfterAndNothingIsStored() {
        UUID rep = FakeGoals.failingRep();
        json().body(activity(rep, "CALL")).post("/api/v1/activities").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("goals-service"));
        assertThat(sql.count("select count(*) from activity where owner_id = ?", rep)).isZero();
        assertThat(sql.count("select count(*) from known_rep where id = ?", rep)).isZero();
    }

    @Test
    void anUnknownTypeIs400NamingTheAllowedTypes() {
        json().body(activity(FakeGoals.rep(), "LUNCH")).post("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("CALL, VISIT, DEMO, EMAIL, MEETING, OTHER"));
    }

    @Test
    void occurredAtMoreThanOneDayAheadIs400ButTomorrowMorningIsAccepted() {
        UUID rep = FakeGoals.rep();
        Map<String, Object> twoDays = activity(rep, "MEETING");
        twoDays.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString());
        json().body(twoDays).post("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("occurredAt"))
                .body("errors[0].message", containsString("one day"));

        Map<String, Object> soon = activity(rep, "MEETING");
        soon.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(23).toString());
        json().body(soon).post("/api/v1/activities").then().statusCode(201);
        assertThat(sql.count("select count(*) from activity where owner_id = ?", rep)).isEqualTo(1);
    }

    @Test
    void aNegativeDurationOrNotesOver10000CharactersAre400() {
        UUID rep = FakeGoals.rep();
        Map<String, Object> negative = activity(rep, "CALL");
        negative.put("durationMinutes", -5);
        json().body(negative).post("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("durationMinutes"));

        Map<String, Object> longNotes = activity(rep, "CALL");
        longNotes.put("notes", "x".repeat(10_001));
        json().body(longNotes).post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("notes"));

        Map<String, Object> exactly = activity(rep, "CALL");
        exactly.put("notes", "x".repeat(10_000));
        json().body(exactly).post("/api/v1/activities").then().statusCode(201);
        assertThat(sql.count("select count(*) from activity where owner_id = ?", rep)).isEqualTo(1);
    }

    @Test
    void malformedJsonMissingFieldsAndExternalIdWithoutSourceAre400() {
        json().body("{\"type\": \"CALL\", ").post("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        json().body("{}").post("/api/v1/activities").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("ownerId", "type"));
        json().post("/api/v1/activities").then().statusCode(400);
        Map<String, Object> noSource = activity(FakeGoals.rep(), "CALL");
        noSource.put("externalId", "x-1");
        json().body(noSource).post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("source"));
        Map<String, Object> badId = activity(FakeGoals.rep(), "CALL");
        badId.put("opportunityId", "not-a-uuid");
        json().body(badId).post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("opportunityId"));
    }

    @Test
    void theSameSourceAndExternalIdAgainReturnsTheStoredActivityWith200AndPublishesNothing() {
        UUID rep = FakeGoals.rep();
        Map<String, Object> body = activity(rep, "CALL");
        body.put("source", "salesforce");
        body.put("externalId", "ext-" + UUID.randomUUID());
        String id = json().body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");

        body.put("outcome", "changed on resend");
        json().body(body).post("/api/v1/activities").then().statusCode(200)
                .body("id", equalTo(id))
                .body("outcome", nullValue());

        assertThat(sql.count("select count(*) from activity where owner_id = ?", rep)).isEqualTo(1);
        assertThat(sql.outboxEvents(id, ActivityEvent.LOGGED)).isEqualTo(1);
        Fixtures.awaitEvents(id, ActivityEvent.LOGGED, 1);

        body.put("source", "hubspot");
        json().body(body).post("/api/v1/activities").then().statusCode(201);
    }

    @Test
    void concurrentPostsOfTheSameExternalIdCreateOneRowAndOneEvent() throws Exception {
        UUID rep = FakeGoals.rep();
        json().body(activity(rep, "CALL")).post("/api/v1/activities").then().statusCode(201);
        Map<String, Object> body = activity(rep, "DEMO");
        body.put("source", "crm");
        body.put("externalId", "race-" + UUID.randomUUID());
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return json().body(body).post("/api/v1/activities");
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                statuses.add(r.statusCode());
                ids.add(r.path("id"));
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(sql.count("select count(*) from activity where external_id = ?", body.get("externalId")))
                    .isEqualTo(1);
            assertThat(sql.outboxEvents(ids.get(0), ActivityEvent.LOGGED)).isEqualTo(1);
            assertThat(Fixtures.awaitEvents(ids.get(0), ActivityEvent.LOGGED, 1)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void patchingChangesTheGivenFieldsHonoursIfMatchAndPublishesTheUpdatedEvent() {
        UUID rep = FakeGoals.rep();
        Map<String, Object> body = activity(rep, "CALL");
        body.put("outcome", "No answer");
        String id = json().body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");

        json().header("If-Match", "\"0\"").body(Map.of("type", "MEETING", "durationMinutes", 30))
                .patch("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("type", equalTo("MEETING"))
                .body("durationMinutes", equalTo(30))
                .body("outcome", equalTo("No answer"))
                .body("version", equalTo(1));
        json().header("If-Match", "\"0\"").body(Map.of("outcome", "lost update"))
                .patch("/api/v1/activities/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().body(Map.of("durationMinutes", -1)).patch("/api/v1/activities/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        json().body(Map.of("type", "LUNCH")).patch("/api/v1/activities/" + id).then().statusCode(400);
        json().body(Map.of("outcome", "x")).patch("/api/v1/activities/" + UUID.randomUUID()).then().statusCode(404);
        json().get("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("outcome", equalTo("No answer"));

        EventEnvelope updated = Fixtures.awaitEvents(id, ActivityEvent.UPDATED, 1).get(0);
        assertThat(updated.data().get("type").asText()).isEqualTo("MEETING");
        assertThat(updated.data().get("version").asLong()).isEqualTo(1);
        assertThat(sql.outboxEvents(id, ActivityEvent.UPDATED)).isEqualTo(1);
    }

    @Test
    void createdByNamesWhoLoggedTheActivityAndUpdatedByWhoChangedItLast() {
        String logger = "crm-connector-" + UUID.randomUUID();
        String editor = "li.wei-" + UUID.randomUUID();
        String id = json().headers(TestCallers.bearer(TestCallers.withRoles(logger, null, List.of("integration"))))
                .body(activity(FakeGoals.rep(), "CALL")).post("/api/v1/activities").then().statusCode(201)
                .body("createdBy", equalTo(logger))
                .body("updatedBy", equalTo(logger))
                .extract().path("id");

        json().headers(TestCallers.bearer(TestCallers.withRoles(editor, null, List.of("admin"))))
                .body(Map.of("outcome", "Call back on Monday")).patch("/api/v1/activities/" + id).then().statusCode(200)
                .body("createdBy", equalTo(logger))
                .body("updatedBy", equalTo(editor));
        json().get("/api/v1/activities/" + id).then().statusCode(200)
                .body("createdBy", equalTo(logger))
                .body("updatedBy", equalTo(editor));
        assertThat(sql.count("select count(*) from activity where id = ? and created_by = ? and updated_by = ?",
                UUID.fromString(id), logger, editor)).isEqualTo(1);

        String batchLogger = "batch-" + UUID.randomUUID();
        String batchToken = TestCallers.withRoles(batchLogger, null, List.of("integration"));
        String batched = json().headers(TestCallers.bearer(batchToken))
                .body(Map.of("items", List.of(activity(FakeGoals.rep(), "EMAIL")))).post("/api/v1/activities/batch")
                .then().statusCode(200).extract().path("results[0].id");
        json().get("/api/v1/activities/" + batched).then().statusCode(200)
                .body("createdBy", equalTo(batchLogger))
                .body("updatedBy", equalTo(batchLogger));
    }

    @Test
    void readingAndDeletingNeedNoContentType() {
        String id = json().body(activity(FakeGoals.rep(), "CALL")).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        RestAssured.given().get("/api/v1/activities/" + id).then().statusCode(200);
        RestAssured.given().get("/api/v1/activities?limit=1").then().statusCode(200);
        RestAssured.given().delete("/api/v1/activities/" + id).then().statusCode(204);
    }

    @Test
    void anUnknownOrMalformedIdIs404() {
        json().get("/api/v1/activities/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        json().get("/api/v1/activities/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        json().delete("/api/v1/activities/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void deletingPublishesTheDeletedEventWithTheNextVersion() {
        UUID rep = FakeGoals.rep();
        String id = json().body(activity(rep, "CALL")).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        json().header("If-Match", "\"7\"").delete("/api/v1/activities/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().header("If-Match", "\"0\"").delete("/api/v1/activities/" + id).then().statusCode(204);
        json().get("/api/v1/activities/" + id).then().statusCode(404);
        json().delete("/api/v1/activities/" + id).then().statusCode(404);

        EventEnvelope deleted = Fixtures.awaitEvents(id, ActivityEvent.DELETED, 1).get(0);
        assertThat(deleted.data().get("version").asLong()).isEqualTo(1);
        assertThat(deleted.data().get("ownerId").asText()).isEqualTo(rep.toString());
        assertThat(sql.outboxEvents(id, ActivityEvent.DELETED)).isEqualTo(1);
    }

    @Test
    void theListIsNewestFirstFilteredAndPaginatedWithCursors() {
        World w = World.create();
        UUID otherRep = FakeGoals.rep();
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            Map<String, Object> body = activity(w.rep(), day % 2 == 0 ? "CALL" : "VISIT");
            body.put("occurredAt", "2026-04-0" + day + "T10:00:00Z");
            if (day == 3) {
                body.put("opportunityId", w.opportunity().toString());
            }
            ids.add(json().body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id"));
        }
        json().body(activity(otherRep, "CALL")).post("/api/v1/activities").then().statusCode(201);

        Response first = json().queryParam("ownerId", w.rep().toString()).queryParam("limit", 2)
                .get("/api/v1/activities").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(ids.get(4)))
                .body("items[1].id", equalTo(ids.get(3)))
                .body("nextCursor", notNullValue())
                .extract().response();
        String cursor = first.path("nextCursor");
        Response second = json().queryParam("ownerId", w.rep().toString()).queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/activities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(2), ids.get(1)))
                .extract().response();
        json().queryParam("ownerId", w.rep().toString()).queryParam("limit", 2)
                .queryParam("cursor", (String) second.path("nextCursor")).get("/api/v1/activities").then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(0)))
                .body("nextCursor", nullValue());

        json().queryParam("ownerId", w.rep().toString()).queryParam("type", "CALL")
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(3), ids.get(1)));
        json().queryParam("opportunityId", w.opportunity().toString())
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(2)));
        json().queryParam("accountId", w.account().toString())
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(2)));
        json().queryParam("ownerId", w.rep().toString()).queryParam("from", "2026-04-02").queryParam("to", "2026-04-03")
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(2), ids.get(1)));
        json().queryParam("ownerId", w.rep().toString()).queryParam("from", "2026-04-04T10:00:00Z")
                .queryParam("to", "2026-04-05T10:00:00Z")
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ids.get(4), ids.get(3)));

        json().queryParam("ownerId", UUID.randomUUID().toString()).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        json().queryParam("ownerId", w.rep().toString()).queryParam("limit", 2).queryParam("cursor", cursor + "x")
                .get("/api/v1/activities").then().statusCode(400);
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        json().queryParam("type", "LUNCH").get("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("CALL, VISIT"));
        json().queryParam("ownerId", "nope").get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerId"));
        json().queryParam("from", "2026-13-01").get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        json().queryParam("from", "2026-04-05").queryParam("to", "2026-04-01").get("/api/v1/activities").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        json().queryParam("limit", "501").get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void everyBadListParameterIsNamedInOne400() {
        json().queryParam("ownerId", "nope").queryParam("type", "LUNCH").queryParam("from", "2026-13-01")
                .queryParam("limit", "0").get("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(4))
                .body("errors.field", org.hamcrest.Matchers.contains("ownerId", "type", "from", "limit"));
    }
}
