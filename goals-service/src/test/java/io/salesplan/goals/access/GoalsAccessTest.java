package io.salesplan.goals.access;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.salesplan.goals.Api;
import io.salesplan.infra.TestCallers;
import io.salesplan.platform.event.EventEnvelope;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** goals-service's rows of the role matrix, each from both sides, on a small organisation ({@link Org}). */
@QuarkusTest
class GoalsAccessTest {

    private static RequestSpecification as(String token) {
        return json().headers(TestCallers.bearer(token));
    }

    private static String manager(Org org) {
        return TestCallers.manager(org.email("boss"));
    }

    private static String rep(Org org, String who) {
        return TestCallers.rep(org.email(who));
    }

    @Test
    void onlyAdminsChangeTheOrganisationWhileEveryRoleReadsIt() {
        Org org = new Org();
        for (String token : List.of(manager(org), rep(org, "e1"), TestCallers.integration())) {
            as(token).body(Map.of("name", "x")).post("/api/v1/teams").then().statusCode(403).contentType(PROBLEM_JSON)
                    .body("detail", containsString("may not create or change teams and reps"));
            as(token).body(Map.of("managerId", org.e1)).patch("/api/v1/teams/" + org.east).then().statusCode(403);
            as(token).body(Map.of("name", "x", "email", Api.unique("x") + "@example.com", "teamId", org.east))
                    .post("/api/v1/reps").then().statusCode(403);
            as(token).get("/api/v1/teams/" + org.west).then().statusCode(200);
            as(token).get("/api/v1/reps/" + org.w1).then().statusCode(200);
        }
        as(TestCallers.admin()).get("/api/v1/reps?email=" + org.email("E1").toUpperCase()).then().statusCode(200)
                .body("items.id", contains(org.e1));
    }

    @Test
    void aTeamNamesItsManagerWhoMustBeAnActiveRepAndTheEventCarriesIt() {
        Org org = new Org();
        json().get("/api/v1/teams/" + org.east).then().body("managerId", equalTo(org.manager));
        EventEnvelope updated = Api.event("salesplan.team.updated.v1", org.east,
                e -> org.manager.equals(e.data().path("managerId").asText()));
        assertThat(updated.actor()).isEqualTo("local-admin");
        json().body(Map.of("name", Api.unique("t"), "managerId", UUID.randomUUID().toString()))
                .post("/api/v1/teams").then().statusCode(422).body("errors[0].field", equalTo("managerId"));
        HashMap<String, Object> none = new HashMap<>();
        none.put("managerId", null);
        json().body(none).patch("/api/v1/teams/" + org.east).then().statusCode(200).body("managerId", nullValue());
    }

    @Test
    void aManagerSeesTheCompanyTheirScopeAndTheGoalsAboveItButNotOtherTeams() {
        Org org = new Org();
        String token = manager(org);
        as(token).get("/api/v1/goals?parentId=" + org.company).then().statusCode(200)
                .body("items.id", contains(org.divisionGoal));
        as(token).get("/api/v1/goals/" + org.company + "/tree").then().statusCode(200)
                .body("children.id", contains(org.divisionGoal))
                .body("children[0].children.id", contains(org.eastGoal))
                .body("children[0].children[0].children.id", containsInAnyOrder(org.e1Goal, org.e2Goal));
        for (String hidden : List.of(org.westGoal, org.w1Goal)) {
            as(token).get("/api/v1/goals/" + hidden).then().statusCode(404).contentType(PROBLEM_JSON);
            as(token).get("/api/v1/goals/" + hidden + "/history").then().statusCode(404);
            as(token).body(Map.of("targetValue", 1)).patch("/api/v1/goals/" + hidden).then().statusCode(404);
            as(token).delete("/api/v1/goals/" + hidden).then().statusCode(404);
        }
        as(TestCallers.admin()).get("/api/v1/goals?parentId=" + org.company).then()
                .body("items.id", containsInAnyOrder(org.divisionGoal, org.westGoal));
    }

    @Test
    void aRepSeesTheCompanyTheirTeamsAndTheirOwnGoalsButNotAColleaguesAndChangesNone() {
        Org org = new Org();
        String token = rep(org, "e1");
        as(token).get("/api/v1/goals/" + org.company + "/tree").then().statusCode(200)
                .body("children.id", contains(org.divisionGoal))
                .body("children[0].children.id", contains(org.eastGoal))
                .body("children[0].children[0].children.id", contains(org.e1Goal));
        as(token).get("/api/v1/goals/" + org.e2Goal).then().statusCode(404);
        as(token).get("/api/v1/goals/" + org.e1Goal).then().statusCode(200);
        as(token).body(Map.of("targetValue", 1)).patch("/api/v1/goals/" + org.e1Goal).then().statusCode(403)
                .body("detail", containsString("may not create, change, archive or decompose goals"));
        as(token).body(keyResult("REP", org.e1, "2026", "DEALS_WON", 3)).post("/api/v1/goals").then().statusCode(403);
    }

    @Test
    void aManagerChangesGoalsInScopeOnlyAndEveryChangeNamesThem() {
        Org org = new Org();
        String token = manager(org);
        as(token).body(Map.of("targetValue", 1)).patch("/api/v1/goals/" + org.company).then().statusCode(403)
                .body("detail", containsString("the company is outside your scope"));
        as(token).body(keyResult("COMPANY", null, "2026", "DEALS_WON", 3)).post("/api/v1/goals").then().statusCode(403);
        as(token).body(keyResult("TEAM", org.west, "2026", "DEALS_WON", 3)).post("/api/v1/goals").then().statusCode(403)
                .body("detail", containsString("ownerId"));
        as(token).body(keyResult("REP", org.e1, "2026", "DEALS_WON", 3)).post("/api/v1/goals").then().statusCode(201)
                .body("createdBy", equalTo(org.email("boss"))).body("updatedBy", equalTo(org.email("boss")));

        as(token).body(Map.of("targetValue", new BigDecimal("2500000"))).patch("/api/v1/goals/" + org.e1Goal).then()
                .statusCode(200).body("createdBy", equalTo("local-admin")).body("updatedBy", equalTo(org.email("boss")));
        EventEnvelope updated = Api.event("salesplan.goal.updated.v1", org.e1Goal);
        assertThat(updated.actor()).isEqualTo(org.email("boss"));
        as(token).get("/api/v1/goals/" + org.e1Goal + "/history").then().statusCode(200)
                .body("items.field", contains("targetValue", "period", "status", "targetValue"))
                .body("items[0].from", nullValue())
                .body("items[0].to", equalTo("2000000"))
                .body("items[0].actor", equalTo("local-admin"))
                .body("items[0].reason", equalTo("created"))
                .body("items[3].from", equalTo("2000000"))
                .body("items[3].to", equalTo("2500000"))
                .body("items[3].actor", equalTo(org.email("boss")))
                .body("items[3].reason", nullValue())
                .body("items[3].at", notNullValue());

        as(token).delete("/api/v1/goals/" + org.e2Goal).then().statusCode(204);
        as(token).get("/api/v1/goals/" + org.e2Goal + "/history").then()
                .body("items[3].field", equalTo("status")).body("items[3].to", equalTo("ARCHIVED"));
        as(token).body(Map.of("by", "OWNER")).post("/api/v1/goals/" + org.westGoal + "/decompose").then().statusCode(404);
        as(token).body(Map.of("by", "PERIOD", "into", "QUARTER")).post("/api/v1/goals/" + org.eastGoal + "/decompose")
                .then().statusCode(201);
    }

    @Test
    void integrationsAndUnknownPeopleReadNoGoals() {
        Org org = new Org();
        as(TestCallers.integration()).get("/api/v1/goals/" + org.company).then().statusCode(403);
        as(TestCallers.integration()).get("/api/v1/goals").then().statusCode(403);
        String stranger = TestCallers.manager(Api.unique("nobody") + "@example.com");
        as(stranger).get("/api/v1/goals/" + org.company).then().statusCode(403)
                .body("detail", containsString("No active rep has the e-mail of your token"));
        as(stranger).get("/api/v1/teams").then().statusCode(403);
        as(stranger).get("/api/v1/me").then().statusCode(200).body("repId", nullValue())
                .body("roles", contains("manager")).body("scope.repIds", empty());
    }

    @Test
    void meTellsAFrontEndWhoTheCallerIsAndWhatTheySee() {
        Org org = new Org();
        as(manager(org)).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo(org.email("boss")))
                .body("email", equalTo(org.email("boss")))
                .body("roles", contains("manager"))
                .body("repId", equalTo(org.manager))
                .body("scope.teamIds", contains(org.east))
                .body("scope.repIds", containsInAnyOrder(org.manager, org.e1, org.e2));
        as(rep(org, "w1")).get("/api/v1/me").then().statusCode(200)
                .body("repId", equalTo(org.w1)).body("scope.teamIds", empty()).body("scope.repIds", contains(org.w1));
        List<String> all = as(TestCallers.admin()).get("/api/v1/me").then().statusCode(200)
                .body("repId", nullValue()).extract().path("scope.teamIds");
        assertThat(all).contains(org.division, org.east, org.west);
    }

    @Test
    void aCursorMintedForOneUserIsRefusedForAnother() {
        Org org = new Org();
        String cursor = as(manager(org)).get("/api/v1/goals?parentId=" + org.eastGoal + "&limit=1").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("nextCursor");
        assertThat(cursor).isNotNull();
        as(manager(org)).get("/api/v1/goals?parentId=" + org.eastGoal + "&limit=1&cursor=" + cursor).then().statusCode(200);
        as(rep(org, "e1")).get("/api/v1/goals?parentId=" + org.eastGoal + "&limit=1&cursor=" + cursor).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
