package io.salesplan.activity.agenda;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.salesplan.activity.fake.FakeGoals;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgendaResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String task(UUID owner, String dueAt) {
        return json().body(Map.of("title", "Agenda " + UUID.randomUUID(), "type", "VISIT", "ownerId", owner.toString(),
                "dueAt", dueAt)).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private static String log(UUID owner, String type, String occurredAt) {
        Map<String, Object> body = activity(owner, type);
        body.put("occurredAt", occurredAt);
        return json().body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    @Test
    void theAgendaListsTasksDueThatDayOverdueOnesAndTheDaysActivitiesByType() {
        UUID rep = FakeGoals.rep();
        UUID otherRep = FakeGoals.rep();
        String overdue = task(rep, "2026-05-01T09:00:00Z");
        String morning = task(rep, "2026-05-04T08:00:00Z");
        String afternoon = task(rep, "2026-05-04T15:00:00Z");
        task(rep, "2026-05-05T09:00:00Z");
        task(otherRep, "2026-05-04T09:00:00Z");
        String done = task(rep, "2026-05-04T10:00:00Z");
        json().post("/api/v1/tasks/" + done + "/complete").then().statusCode(200);
        String call1 = log(rep, "CALL", "2026-05-04T09:00:00Z");
        String call2 = log(rep, "CALL", "2026-05-04T23:59:59Z");
        String visit = log(rep, "VISIT", "2026-05-04T11:00:00Z");
        log(rep, "CALL", "2026-05-03T23:59:59Z");
        log(otherRep, "CALL", "2026-05-04T12:00:00Z");

        json().queryParam("date", "2026-05-04").get("/api/v1/reps/" + rep + "/agenda").then().statusCode(200)
                .body("repId", equalTo(rep.toString()))
                .body("date", equalTo("2026-05-04"))
                .body("dueToday.id", contains(morning, afternoon))
                .body("dueToday[0].overdue", equalTo(true))
                .body("overdue.id", contains(overdue))
                .body("activities.CALL.id", contains(call1, call2))
                .body("activities.VISIT.id", contains(visit))
                .body("activities.DEMO", hasSize(0))
                .body("activityCounts.CALL", equalTo(2))
                .body("activityCounts.VISIT", equalTo(1))
                .body("activityCounts.MEETING", equalTo(0));
    }

    @Test
    void withoutADateTheAgendaIsTodays() {
        UUID rep = FakeGoals.rep();
        json().get("/api/v1/reps/" + rep + "/agenda").then().statusCode(200)
                .body("date", equalTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .body("dueToday", hasSize(0));
    }

    @Test
    void anUnknownRepIs404AndABadDateIs400() {
        json().get("/api/v1/reps/" + UUID.randomUUID() + "/agenda").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        json().get("/api/v1/reps/not-an-id/agenda").then().statusCode(404);
        json().queryParam("date", "2026-02-30").get("/api/v1/reps/" + FakeGoals.rep() + "/agenda").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
    }
}
