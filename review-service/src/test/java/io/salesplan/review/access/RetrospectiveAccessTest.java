package io.salesplan.review.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.salesplan.infra.TestCallers;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Organisation;
import io.salesplan.review.support.Producers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrospectives by role and scope (DESIGN.md §5): who may hold, change and close them, which ones a
 * caller sees, and who is recorded as having created and changed them.
 */
@QuarkusTest
class RetrospectiveAccessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PATH = "/api/v1/retrospectives";
    private static final Organisation ORG = new Organisation();

    @BeforeAll
    static void deliverTheOrganisation() {
        Feed.send(ORG.events());
        Feed.awaitConsumed(WAIT);
    }

    private static ValidatableResponse create(String token, String cadence, String period, String scopeType,
            UUID scopeId) {
        Map<String, Object> body = new HashMap<>(Map.of("cadence", cadence, "period", period, "scopeType",
                scopeType));
        if (scopeId != null) {
            body.put("scopeId", scopeId.toString());
        }
        return given().headers(TestCallers.bearer(token)).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    private static String quarter(String token, String scopeType, UUID scopeId) {
        return create(token, "QUARTERLY", "2026-Q1", scopeType, scopeId).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse patch(String token, String id, Map<String, ?> body) {
        return given().headers(TestCallers.bearer(token)).contentType(ContentType.JSON).body(body)
                .patch(PATH + "/" + id).then();
    }

    private static ValidatableResponse close(String token, String id) {
        return given().headers(TestCallers.bearer(token)).post(PATH + "/" + id + "/close").then();
    }

    private static ValidatableResponse read(String token, String id) {
        return given().headers(TestCallers.bearer(token)).get(PATH + "/" + id).then();
    }

    private static List<String> list(String token, Map<String, ?> query) {
        return given().headers(TestCallers.bearer(token)).queryParams(query).get(PATH).then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void adminsAndManagersHoldAndChangeRetrospectivesWithinTheirScopeAndNobodyElseDoes() {
        String admin = TestCallers.admin();
        String boss = ORG.manager(ORG.boss);
        String a1 = ORG.rep(ORG.a1);

        String ofD = quarter(boss, "TEAM", ORG.d);
        quarter(boss, "TEAM", ORG.e);
        quarter(boss, "REP", ORG.a2);
        quarter(boss, "REP", ORG.boss);
        String ofX = quarter(admin, "TEAM", ORG.x);
        quarter(admin, "COMPANY", null);

        problem(create(boss, "QUARTERLY", "2026-Q1", "TEAM", ORG.x), 403)
                .body("detail", allOf(containsString("scopeId"), containsString(ORG.x.toString())));
        problem(create(boss, "QUARTERLY", "2026-Q1", "REP", ORG.m1), 403).body("detail", containsString("scopeId"));
        problem(create(boss, "QUARTERLY", "2026-Q1", "COMPANY", null), 403)
                .body("detail", allOf(containsString("scopeType"), containsString("teams you manage")));
        problem(create(a1, "QUARTERLY", "2026-Q1", "REP", ORG.a1), 403)
                .body("detail", containsString("may not create, change or close retrospectives"));
        problem(create(TestCallers.integration(), "QUARTERLY", "2026-Q1", "REP", ORG.a1), 403);

        patch(boss, ofD, Map.of("notes", "by the manager")).statusCode(200).body("notes", equalTo("by the manager"));
        problem(patch(a1, ofD, Map.of("notes", "by a rep")), 403);
        problem(patch(boss, ofX, Map.of("notes", "not theirs")), 404);
        problem(close(a1, ofD), 403);
        problem(close(boss, ofX), 404);
        problem(close(TestCallers.integration(), ofD), 403);
        close(boss, ofD).statusCode(200).body("status", equalTo("CLOSED"));
        close(admin, ofX).statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void eachCallerSeesExactlyTheRetrospectivesWhoseScopeTheyCover() {
        String admin = TestCallers.admin();
        Map<String, String> ids = new HashMap<>();
        ids.put("D", create(admin, "MONTHLY", "2026-02", "TEAM", ORG.d).statusCode(201).extract().path("id"));
        ids.put("E", create(admin, "MONTHLY", "2026-02", "TEAM", ORG.e).statusCode(201).extract().path("id"));
        ids.put("a1", create(admin, "MONTHLY", "2026-02", "REP", ORG.a1).statusCode(201).extract().path("id"));
        ids.put("a2", create(admin, "MONTHLY", "2026-02", "REP", ORG.a2).statusCode(201).extract().path("id"));
        ids.put("boss", create(admin, "MONTHLY", "2026-02", "REP", ORG.boss).statusCode(201).extract().path("id"));
        ids.put("X", create(admin, "MONTHLY", "2026-02", "TEAM", ORG.x).statusCode(201).extract().path("id"));
        ids.put("x1", create(admin, "MONTHLY", "2026-02", "REP", ORG.x1).statusCode(201).extract().path("id"));
        ids.put("m1", create(admin, "MONTHLY", "2026-02", "REP", ORG.m1).statusCode(201).extract().path("id"));
        ids.put("company", create(admin, "MONTHLY", "2026-02", "COMPANY", null).statusCode(201).extract().path("id"));
        Map<String, String> february = Map.of("period", "2026-02");

        assertThat(list(ORG.manager(ORG.boss), february)).containsExactly(ids.get("D"), ids.get("E"), ids.get("a1"),
                ids.get("a2"), ids.get("boss"));
        assertThat(list(ORG.manager(ORG.otherBoss), february)).containsExactly(ids.get("X"), ids.get("x1"),
                ids.get("m1"));
        assertThat(list(ORG.rep(ORG.a1), february)).containsExactly(ids.get("a1"));
        assertThat(list(ORG.rep(ORG.a1), Map.of("period", "2026-02", "scopeType", "TEAM"))).isEmpty();
        assertThat(list(admin, february)).containsAll(ids.values());
        problem(given().headers(TestCallers.bearer(TestCallers.integration())).get(PATH).then(), 403);

        read(ORG.manager(ORG.boss), ids.get("E")).statusCode(200);
        read(ORG.rep(ORG.a1), ids.get("a1")).statusCode(200).body("scopeId", equalTo(ORG.a1.toString()));
        for (String hidden : List.of("X", "x1", "m1", "company")) {
            problem(read(ORG.manager(ORG.boss), ids.get(hidden)), 404);
        }
        for (String hidden : List.of("D", "a2", "boss")) {
            problem(read(ORG.rep(ORG.a1), ids.get(hidden)), 404);
        }
    }

    @Test
    void aCursorWorksOnlyForTheCallerItWasGivenTo() {
        String boss = ORG.manager(ORG.boss);
        String admin = TestCallers.admin();
        String first = create(admin, "MONTHLY", "2026-01", "TEAM", ORG.d).statusCode(201).extract().path("id");
        String second = create(admin, "MONTHLY", "2026-01", "REP", ORG.a1).statusCode(201).extract().path("id");
        Map<String, Object> page = Map.of("period", "2026-01", "limit", 1);
        JsonPath firstPage = given().headers(TestCallers.bearer(boss)).queryParams(page).get(PATH).then()
                .statusCode(200).extract().jsonPath();
        assertThat(firstPage.getList("items.id")).containsExactly(first);
        String cursor = firstPage.getString("nextCursor");
        assertThat(cursor).isNotNull();

        Map<String, Object> next = new HashMap<>(page);
        next.put("cursor", cursor);
        for (String other : List.of(ORG.manager(ORG.otherBoss), ORG.rep(ORG.a1), admin)) {
            problem(given().headers(TestCallers.bearer(other)).queryParams(next).get(PATH).then(), 400)
                    .body("detail", containsString("cursor"));
        }
        assertThat(list(boss, next)).containsExactly(second);
    }

    @Test
    void createdByAndUpdatedByNameWhoCreatedAndLastChangedItAndTheEventsCarryTheActor() {
        String bossEmail = Producers.email(ORG.boss);
        String id = create(ORG.manager(ORG.boss), "QUARTERLY", "2026-Q1", "TEAM", ORG.d).statusCode(201)
                .body("createdBy", equalTo(bossEmail)).body("updatedBy", equalTo(bossEmail)).extract().path("id");

        patch(TestCallers.admin(), id, Map.of("actions", List.of(Map.of("description", "Re-plan the quarter",
                "adjustment", Map.of("goalId", ORG.a1Revenue.goalId().toString(), "newTargetValue",
                        new BigDecimal("500000"), "reason", "slow start")))))
                .statusCode(200).body("createdBy", equalTo(bossEmail)).body("updatedBy", equalTo("local-admin"));
        read(ORG.manager(ORG.boss), id).statusCode(200).body("createdBy", equalTo(bossEmail))
                .body("updatedBy", equalTo("local-admin"));

        close(ORG.manager(ORG.boss), id).statusCode(200).body("updatedBy", equalTo(bossEmail));
        read(TestCallers.admin(), id).statusCode(200).body("createdBy", equalTo(bossEmail))
                .body("updatedBy", equalTo(bossEmail));

        List<EventEnvelope> published = Feed.published(id, 2, WAIT);
        assertThat(published).extracting(EventEnvelope::type).containsExactlyInAnyOrder(
                "salesplan.adjustment.proposed.v1", "salesplan.retrospective.closed.v1");
        assertThat(published).extracting(EventEnvelope::actor).containsOnly(bossEmail);
    }

    @Test
    void aTeamsSnapshotHoldsOnlyTheTeamsOwnNumbers() {
        JsonPath retro = create(ORG.manager(ORG.boss), "QUARTERLY", "2026-Q1", "TEAM", ORG.d).statusCode(201)
                .extract().jsonPath();
        assertThat(retro.getList("snapshot.goals.goalId")).containsExactly(ORG.dRevenue.goalId().toString());
        assertThat(retro.getList("snapshot.goals[0].children.goalId")).as("m1 is in X now")
                .containsExactlyInAnyOrder(ORG.a1Revenue.goalId().toString(), ORG.a2Revenue.goalId().toString());
    }
}
