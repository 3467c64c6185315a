package io.salesplan.activity.access;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static io.salesplan.activity.Org.asIntegration;
import static io.salesplan.activity.Org.asRep;
import static io.salesplan.activity.Org.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.salesplan.activity.Org;
import io.salesplan.activity.Sql;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TASKS row of the role matrix (tasks and agendas): admins reach every rep, a manager the reps of
 * the teams they manage (sub-teams included) and themselves, a rep only themselves, an integration
 * nothing.
 */
@QuarkusTest
class TaskAccessTest {

    private static final Map<String, String> ADMIN = Map.of();
    private static final OffsetDateTime DAY = OffsetDateTime.of(2031, 6, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    Sql sql;

    Org org;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void organisation() {
        org = Org.create(sql);
    }

    private static Map<String, Object> task(UUID owner, int hour) {
        return Map.of("title", "Call back " + UUID.randomUUID(), "type", "CALL", "ownerId", owner.toString(),
                "dueAt", DAY.plusHours(hour).toString());
    }

    private static String create(Map<String, String> caller, Map<String, Object> task) {
        return json().headers(caller).body(task).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private static List<String> listed(Map<String, String> caller, String query) {
        return json().headers(caller).get("/api/v1/tasks?limit=500" + query).then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void eachPersonCreatesTasksForTheRepsTheyReachAnIntegrationForNobody() {
        create(ADMIN, task(org.southRep(), 1));
        create(org.asManager(), task(org.northEastRep(), 2));
        create(org.asManager(), task(org.manager(), 3));
        create(asRep(org.northRep()), task(org.northRep(), 4));

        json().headers(org.asManager()).body(task(org.southRep(), 5)).post("/api/v1/tasks").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("ownerId: "))
                .body("detail", containsString(org.southRep().toString()));
        json().headers(asRep(org.northRep())).body(task(org.northEastRep(), 6)).post("/api/v1/tasks").then()
                .statusCode(403)
                .body("detail", startsWith("ownerId: "));
        json().headers(asIntegration()).body(task(org.northRep(), 7)).post("/api/v1/tasks").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("may not read, create or complete tasks"));

        assertThat(sql.count("select count(*) from task where owner_id = ?", org.southRep())).isEqualTo(1);
        assertThat(sql.count("select count(*) from task where owner_id = ?", org.northEastRep())).isEqualTo(1);
        assertThat(sql.count("select count(*) from task where owner_id = ?", org.northRep())).isEqualTo(1);
    }

    @Test
    void aManagerListsExactlyTheTasksOfTheirTeamsRepsAndThemselvesAndARepOnlyTheirOwn() {
        String north = create(ADMIN, task(org.northRep(), 1));
        String northEast = create(ADMIN, task(org.northEastRep(), 2));
        String manager = create(ADMIN, task(org.manager(), 3));
        create(ADMIN, task(org.southRep(), 4));
        create(ADMIN, task(org.southManager(), 5));

        assertThat(listed(org.asManager(), "")).containsExactly(north, northEast, manager);
        assertThat(listed(org.asManager(), "&status=OPEN&dueBefore=2031-06-03")).containsExactly(north, northEast,
                manager);
        assertThat(listed(asRep(org.northRep()), "")).containsExactly(north);
        assertThat(listed(asRep(org.northEastRep()), "&status=OPEN")).containsExactly(northEast);

        json().headers(org.asManager()).queryParam("ownerId", org.southRep().toString()).get("/api/v1/tasks").then()
                .statusCode(403)
                .body("detail", startsWith("ownerId: "));
        json().headers(asIntegration()).get("/api/v1/tasks").then().statusCode(403);
    }

    @Test
    void aTaskOutsideTheScopeIs404ByIdAndCannotBeCompleted() {
        String south = create(ADMIN, task(org.southRep(), 1));
        String northEast = create(ADMIN, task(org.northEastRep(), 2));

        for (Map<String, String> outsider : List.of(org.asManager(), asRep(org.northRep()))) {
            json().headers(outsider).get("/api/v1/tasks/" + south).then().statusCode(404)
                    .contentType("application/problem+json");
            json().headers(outsider).post("/api/v1/tasks/" + south + "/complete").then().statusCode(404);
        }
        json().headers(asRep(org.northRep())).post("/api/v1/tasks/" + northEast + "/complete").then().statusCode(404);
        json().headers(asIntegration()).post("/api/v1/tasks/" + south + "/complete").then().statusCode(403);
        json().headers(asIntegration()).get("/api/v1/tasks/" + south).then().statusCode(403);

        json().get("/api/v1/tasks/" + south).then().statusCode(200).body("status", equalTo("OPEN"));
        json().get("/api/v1/tasks/" + northEast).then().statusCode(200).body("status", equalTo("OPEN"));
        assertThat(sql.count("select count(*) from activity where task_id in (?, ?)", UUID.fromString(south),
                UUID.fromString(northEast))).isZero();
        json().headers(asRep(org.northEastRep())).get("/api/v1/tasks/" + northEast).then().statusCode(200);
    }

    @Test
    void completingATaskLogsItsActivityForItsOwnerInTheNameOfWhoCompletedIt() {
        String id = create(ADMIN, task(org.northRep(), 1));

        String activityId = json().headers(org.asManager()).post("/api/v1/tasks/" + id + "/complete").then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("updatedBy", equalTo(email(org.manager())))
                .extract().path("activityId");
        json().headers(asRep(org.northRep())).get("/api/v1/activities/" + activityId).then().statusCode(200)
                .body("ownerId", equalTo(org.northRep().toString()))
                .body("taskId", equalTo(id))
                .body("createdBy", equalTo(email(org.manager())))
                .body("updatedBy", equalTo(email(org.manager())));
        assertThat(sql.count("select count(*) from task where id = ? and created_by <> ? and updated_by = ?",
                UUID.fromString(id), email(org.manager()), email(org.manager()))).isEqualTo(1);
    }

    @Test
    void theAgendaOfARepOutsideTheScopeIs404AndAnIntegrationMayReadNone() {
        create(ADMIN, task(org.northEastRep(), 1));
        String date = "?date=" + DAY.toLocalDate();

        json().headers(org.asManager()).get("/api/v1/reps/" + org.northEastRep() + "/agenda" + date).then()
                .statusCode(200)
                .body("dueToday.ownerId", contains(org.northEastRep().toString()));
        json().headers(org.asManager()).get("/api/v1/reps/" + org.manager() + "/agenda" + date).then().statusCode(200);
        json().headers(asRep(org.northRep())).get("/api/v1/reps/" + org.northRep() + "/agenda" + date).then()
                .statusCode(200);

        json().headers(org.asManager()).get("/api/v1/reps/" + org.southRep() + "/agenda" + date).then().statusCode(404)
                .contentType("application/problem+json");
        json().headers(asRep(org.northRep())).get("/api/v1/reps/" + org.northEastRep() + "/agenda" + date).then()
                .statusCode(404);
        json().headers(asIntegration()).get("/api/v1/reps/" + org.northRep() + "/agenda" + date).then()
                .statusCode(403);
        json().get("/api/v1/reps/" + org.southRep() + "/agenda" + date).then().statusCode(200);
    }

    @Test
    void anIntegrationMayBatchLogActivitiesForAnyRepButGets403OnEveryTaskOperation() {
        json().headers(asIntegration()).body(Map.of("items", List.of(activity(org.northRep(), "CALL"),
                activity(org.southRep(), "CALL")))).post("/api/v1/activities/batch").then().statusCode(200)
                .body("created", equalTo(2));

        json().headers(asIntegration()).body(task(org.southRep(), 1)).post("/api/v1/tasks").then().statusCode(403);
        json().headers(asIntegration()).get("/api/v1/tasks").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(sql.count("select count(*) from task where owner_id in (?, ?)", org.northRep(), org.southRep()))
                .isZero();
    }
}
