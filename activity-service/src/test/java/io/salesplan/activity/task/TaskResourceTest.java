package io.salesplan.activity.task;

import static io.salesplan.activity.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Fixtures.World;
import io.salesplan.activity.Sql;
import io.salesplan.activity.activity.ActivityEvent;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.infra.TestCallers;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
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
class TaskResourceTest {

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> task(UUID owner, String type, OffsetDateTime dueAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Follow up " + UUID.randomUUID());
        body.put("type", type);
        body.put("ownerId", owner.toString());
        body.put("dueAt", dueAt.toString());
        return body;
    }

    static String create(Map<String, Object> body) {
        return json().body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void creatingATaskFillsTheAccountFromItsOpportunityAndPublishesTheCreatedEvent() {
        World w = World.create();
        Map<String, Object> body = task(w.rep(), "CALL", OffsetDateTime.parse("2030-03-03T10:00:00+08:00"));
        body.put("opportunityId", w.opportunity().toString());
        Response created = json().body(body).post("/api/v1/tasks").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("dueAt", equalTo("2030-03-03T02:00:00Z"))
                .body("accountId", equalTo(w.account().toString()))
                .body("activityId", nullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/tasks/" + id);
        json().get("/api/v1/tasks/" + id).then().statusCode(200).body("title", equalTo(body.get("title")));

        EventEnvelope event = Fixtures.awaitEvents(id, TaskEvent.CREATED, 1).get(0);
        assertThat(event.data().get("taskId").asText()).isEqualTo(id);
        assertThat(event.data().get("title").asText()).isEqualTo(body.get("title"));
        assertThat(event.data().get("type").asText()).isEqualTo("CALL");
        assertThat(event.data().get("status").asText()).isEqualTo("OPEN");
        assertThat(event.data().get("accountId").asText()).isEqualTo(w.account().toString());
        assertThat(event.data().get("version").asLong()).isZero();
    }

    @Test
    void badTasksAre400Or422AndNothingIsStored() {
        UUID rep = FakeGoals.rep();
        Map<String, Object> noTitle = task(rep, "CALL", OffsetDateTime.now().plusDays(1));
        noTitle.put("title", " ");
        json().body(noTitle).post("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        json().body(task(rep, "NAP", OffsetDateTime.now())).post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].message", containsString("CALL, VISIT"));
        Map<String, Object> noDue = task(rep, "CALL", OffsetDateTime.now());
        noDue.remove("dueAt");
        json().body(noDue).post("/api/v1/tasks").then().statusCode(400).body("errors[0].field", equalTo("dueAt"));
        json().body(task(UUID.randomUUID(), "CALL", OffsetDateTime.now())).post("/api/v1/tasks").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("ownerId"));
        Map<String, Object> unknownOpportunity = task(rep, "CALL", OffsetDateTime.now());
        unknownOpportunity.put("opportunityId", UUID.randomUUID().toString());
        json().body(unknownOpportunity).post("/api/v1/tasks").then().statusCode(422)
                .body("errors[0].field", equalTo("opportunityId"));
        assertThat(sql.count("select count(*) from task where owner_id = ?", rep)).isZero();
    }

    @Test
    void completingATaskLogsOneActivityOfItsTypeLinkedToItAndTwiceIs409() {
        World w = World.create();
        Map<String, Object> body = task(w.rep(), "DEMO", OffsetDateTime.now(ZoneOffset.UTC).plusHours(5));
        body.put("opportunityId", w.opportunity().toString());
        String id = create(body);

        Response done = json().body(Map.of("outcome", "Demo went well", "durationMinutes", 60))
                .post("/api/v1/tasks/" + id + "/complete").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("DONE"))
                .body("completedAt", notNullValue())
                .body("activityId", notNullValue())
                .extract().response();
        String activityId = done.path("activityId");
        json().get("/api/v1/activities/" + activityId).then().statusCode(200)
                .body("type", equalTo("DEMO"))
                .body("taskId", equalTo(id))
                .body("ownerId", equalTo(w.rep().toString()))
                .body("opportunityId", equalTo(w.opportunity().toString()))
                .body("accountId", equalTo(w.account().toString()))
                .body("outcome", equalTo("Demo went well"))
                .body("durationMinutes", equalTo(60));

        json().post("/api/v1/tasks/" + id + "/complete").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already completed"));
        assertThat(sql.count("select count(*) from activity where task_id = ?", UUID.fromString(id))).isEqualTo(1);

        EventEnvelope completed = Fixtures.awaitEvents(id, TaskEvent.COMPLETED, 1).get(0);
        assertThat(completed.data().get("status").asText()).isEqualTo("DONE");
        assertThat(completed.data().get("activityId").asText()).isEqualTo(activityId);
        assertThat(completed.data().get("version").asLong()).isEqualTo(1);
        EventEnvelope logged = Fixtures.awaitEvents(activityId, ActivityEvent.LOGGED, 1).get(0);
        assertThat(logged.data().get("taskId").asText()).isEqualTo(id);
        assertThat(sql.outboxEvents(id, TaskEvent.COMPLETED)).isEqualTo(1);
    }

    @Test
    void createdByAndUpdatedByNameWhoCreatedAndWhoCompletedTheTaskAndItsActivity() {
        String creator = "planner-" + UUID.randomUUID();
        String completer = "closer-" + UUID.randomUUID();
        String id = json().headers(TestCallers.bearer(TestCallers.withRoles(creator, null, List.of("admin"))))
                .body(task(FakeGoals.rep(), "CALL", OffsetDateTime.now().plusHours(3))).post("/api/v1/tasks").then()
                .statusCode(201)
                .body("createdBy", equalTo(creator))
                .body("updatedBy", equalTo(creator))
                .extract().path("id");

        String activityId = json().headers(TestCallers.bearer(TestCallers.withRoles(completer, null, List.of("admin"))))
                .post("/api/v1/tasks/" + id + "/complete").then().statusCode(200)
                .body("createdBy", equalTo(creator))
                .body("updatedBy", equalTo(completer))
                .extract().path("activityId");
        json().get("/api/v1/tasks/" + id).then().statusCode(200).body("updatedBy", equalTo(completer));
        json().get("/api/v1/activities/" + activityId).then().statusCode(200)
                .body("createdBy", equalTo(completer))
                .body("updatedBy", equalTo(completer));
    }

    @Test
    void aTaskCanBeCompletedWithoutAnyBody() {
        String id = create(task(FakeGoals.rep(), "EMAIL", OffsetDateTime.now().plusHours(2)));
        io.restassured.RestAssured.given().post("/api/v1/tasks/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("DONE"));
    }

    @Test
    void concurrentCompletionsLogOneActivity() throws Exception {
        UUID rep = FakeGoals.rep();
        String id = create(task(rep, "CALL", OffsetDateTime.now().plusHours(1)));
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return json().post("/api/v1/tasks/" + id + "/complete").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sql.count("select count(*) from activity where task_id = ?", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void completingAnUnknownTaskIs404AndBadDetailsAre400() {
        json().post("/api/v1/tasks/" + UUID.randomUUID() + "/complete").then().statusCode(404)
                .contentType("application/problem+json");
        json().get("/api/v1/tasks/nope").then().statusCode(404);
        String id = create(task(FakeGoals.rep(), "CALL", OffsetDateTime.now().plusHours(1)));
        json().body(Map.of("durationMinutes", -3)).post("/api/v1/tasks/" + id + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        json().body(Map.of("occurredAt", OffsetDateTime.now().plusDays(3).toString()))
                .post("/api/v1/tasks/" + id + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        json().header("If-Match", "\"9\"").post("/api/v1/tasks/" + id + "/complete").then().statusCode(412);
        json().get("/api/v1/tasks/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        assertThat(sql.count("select count(*) from activity where task_id = ?", UUID.fromString(id))).isZero();
    }

    @Test
    void theListFiltersByOwnerStatusAndDueBeforeSoonestFirst() {
        UUID rep = FakeGoals.rep();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String overdue = create(task(rep, "CALL", now.minusDays(2)));
        String today = create(task(rep, "VISIT", now.plusHours(1)));
        String later = create(task(rep, "EMAIL", now.plusDays(10)));
        String done = create(task(rep, "CALL", now.plusDays(3)));
        json().post("/api/v1/tasks/" + done + "/complete").then().statusCode(200);

        json().queryParam("ownerId", rep.toString()).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", contains(overdue, today, done, later));
        json().queryParam("ownerId", rep.toString()).queryParam("status", "OPEN").get("/api/v1/tasks").then()
                .statusCode(200).body("items.id", contains(overdue, today, later))
                .body("items[0].overdue", equalTo(true));
        json().queryParam("ownerId", rep.toString()).queryParam("status", "OVERDUE").get("/api/v1/tasks").then()
                .statusCode(200).body("items.id", contains(overdue));
        json().queryParam("ownerId", rep.toString()).queryParam("status", "DONE").get("/api/v1/tasks").then()
                .statusCode(200).body("items.id", contains(done));
        json().queryParam("ownerId", rep.toString()).queryParam("dueBefore", now.plusDays(5).toString())
                .get("/api/v1/tasks").then().statusCode(200).body("items.id", contains(overdue, today, done));

        String cursor = json().queryParam("ownerId", rep.toString()).queryParam("limit", 3).get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", contains(overdue, today, done)).extract().path("nextCursor");
        json().queryParam("ownerId", rep.toString()).queryParam("limit", 3).queryParam("cursor", cursor)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", contains(later)).body("nextCursor", nullValue());

        json().queryParam("status", "LATE").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].message", containsString("OPEN, DONE, OVERDUE"));
        json().queryParam("dueBefore", "tomorrow").get("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("dueBefore"));
    }
}
