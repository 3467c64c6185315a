package io.salesplan.review.access;

import static io.restassured.RestAssured.given;
import static io.salesplan.review.support.Reports.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.salesplan.infra.TestCallers;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Organisation;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Reports;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports and leaderboards by role and scope (DESIGN.md §5), over an organisation delivered as the
 * producers' events: what each role may read, and that nothing outside a caller's scope reaches a
 * number they see.
 */
@QuarkusTest
class ReportAccessTest {

    private static final String AS_OF = "2026-02-13";
    private static final Organisation ORG = new Organisation();

    @BeforeAll
    static void deliverTheOrganisation() {
        Feed.send(ORG.events());
        Feed.awaitConsumed(Duration.ofSeconds(60));
    }

    private static ValidatableResponse get(String token, String path, Map<String, ?> query) {
        return given().headers(TestCallers.bearer(token)).queryParams(query).get(path).then();
    }

    private static ValidatableResponse forbidden(ValidatableResponse response) {
        return response.statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    private static Map<String, Object> team(UUID team) {
        return Map.of("ownerType", "TEAM", "ownerId", team, "period", "2026-Q1", "from", "2026-01-01", "asOf",
                AS_OF);
    }

    private static Map<String, Object> rep(UUID rep) {
        return Map.of("ownerType", "REP", "ownerId", rep, "period", "2026-Q1", "from", "2026-01-01", "asOf", AS_OF);
    }

    @Test
    void reportsAreForAdminsOnAnyOwnerManagersInTheirScopeAndRepsOnThemselves() {
        for (String path : List.of("/api/v1/reviews/variance", "/api/v1/reviews/conversion",
                "/api/v1/reviews/activity-effectiveness")) {
            get(TestCallers.admin(), path, Map.of("asOf", AS_OF)).statusCode(200);
            get(TestCallers.admin(), path, team(ORG.x)).statusCode(200);

            get(ORG.manager(ORG.boss), path, team(ORG.d)).statusCode(200);
            get(ORG.manager(ORG.boss), path, team(ORG.e)).statusCode(200);
            get(ORG.manager(ORG.boss), path, rep(ORG.a2)).statusCode(200);
            get(ORG.manager(ORG.boss), path, rep(ORG.boss)).statusCode(200);
            forbidden(get(ORG.manager(ORG.boss), path, team(ORG.x)))
                    .body("detail", allOf(containsString("ownerId"), containsString(ORG.x.toString())));
            forbidden(get(ORG.manager(ORG.boss), path, rep(ORG.m1))).body("detail", containsString("ownerId"));
            forbidden(get(ORG.manager(ORG.boss), path, Map.of("asOf", AS_OF)))
                    .body("detail", allOf(containsString("ownerType"), containsString("teams you manage")));

            get(ORG.rep(ORG.a1), path, rep(ORG.a1)).statusCode(200);
            forbidden(get(ORG.rep(ORG.a1), path, rep(ORG.a2))).body("detail", containsString("ownerId"));
            forbidden(get(ORG.rep(ORG.a1), path, team(ORG.d))).body("detail", containsString("ownerId"));
            forbidden(get(ORG.rep(ORG.a1), path, Map.of("asOf", AS_OF)))
                    .body("detail", containsString("ownerType=REP, ownerId=" + ORG.a1));

            forbidden(get(TestCallers.integration(), path, team(ORG.d)));
        }
    }

    @Test
    void integrationClientsMayReadNoReport() {
        String integration = TestCallers.integration();
        for (String path : List.of("/api/v1/reviews/goals/" + ORG.dRevenue.goalId(),
                "/api/v1/reviews/goals/" + ORG.dRevenue.goalId() + "/feasibility", "/api/v1/reviews/variance",
                "/api/v1/reviews/conversion", "/api/v1/reviews/activity-effectiveness")) {
            forbidden(get(integration, path, Map.of())).body("detail", containsString("may not read"));
        }
        forbidden(get(integration, "/api/v1/reviews/daily-plan", Map.of("repId", ORG.a1)));
        forbidden(get(integration, "/api/v1/reviews/leaderboard", Map.of("teamId", ORG.d, "period", "2026-Q1",
                "metric", "REVENUE_WON")));
    }

    @Test
    void aManagersTeamReportsCountExactlyTheirTeam() {
        String boss = ORG.manager(ORG.boss);
        JsonPath variance = get(boss, "/api/v1/reviews/variance", team(ORG.d)).statusCode(200).extract().jsonPath();
        assertThat(variance.getList("items.goalId")).containsExactly(ORG.dRevenue.goalId().toString());
        // d1 100 000 (a1) + d2 200 000 (a2, sub-team E); not d5, won by m1 who is now in X, nor X's d4
        assertThat(num(variance, "items[0].actual")).isEqualByComparingTo("300000");
        assertThat(num(variance, "items[0].expectedToDate")).isEqualByComparingTo("500000");
        assertThat(variance.getString("items[0].status")).isEqualTo("BEHIND");
        assertThat(variance.getList("items[0].children.goalId")).as("m1's goal is outside the manager's scope now")
                .containsExactlyInAnyOrder(ORG.a1Revenue.goalId().toString(), ORG.a2Revenue.goalId().toString());

        JsonPath conversion = get(boss, "/api/v1/reviews/conversion", Map.of("ownerType", "TEAM", "ownerId", ORG.d,
                "from", "2026-01-01", "pipelineId", ORG.pipeline, "asOf", AS_OF)).statusCode(200).extract().jsonPath();
        assertThat(conversion.getLong("cohort")).isEqualTo(3);
        assertThat(conversion.getLong("won")).isEqualTo(2);
        assertThat(conversion.getLong("lost")).isEqualTo(1);
        assertThat(num(conversion, "winRate")).isEqualByComparingTo("0.6667");
        assertThat(conversion.getList("stages.stage")).containsExactly("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL",
                "NEGOTIATION", "WON");
        assertThat(conversion.getList("stages.reached", Integer.class)).containsExactly(3, 2, 2, 2, 2);

        JsonPath effectiveness = get(boss, "/api/v1/reviews/activity-effectiveness", Map.of("ownerType", "TEAM",
                "ownerId", ORG.d, "from", "2026-01-01", "asOf", AS_OF)).statusCode(200).extract().jsonPath();
        assertThat(effectiveness.getInt("types.find { it.type == 'CALL' }.activities")).as("not x1's call")
                .isEqualTo(2);
        assertThat(effectiveness.getInt("types.find { it.type == 'VISIT' }.wonOpportunities")).isEqualTo(1);

        forbidden(get(boss, "/api/v1/reviews/conversion", Map.of("ownerType", "TEAM", "ownerId", ORG.x,
                "pipelineId", ORG.pipeline))).body("detail", containsString("ownerId"));
        JsonPath other = get(TestCallers.admin(), "/api/v1/reviews/conversion", Map.of("ownerType", "TEAM",
                "ownerId", ORG.x, "from", "2026-01-01", "pipelineId", ORG.pipeline, "asOf", AS_OF))
                .statusCode(200).extract().jsonPath();
        assertThat(other.getLong("cohort")).as("x1's deal and m1's").isEqualTo(2);
    }

    @Test
    void aGoalOutsideTheCallersScopeIsNotFoundAndChildGoalsOutsideItAreLeftOut() {
        String boss = ORG.manager(ORG.boss);
        String goal = "/api/v1/reviews/goals/{id}";
        JsonPath asBoss = given().headers(TestCallers.bearer(boss)).queryParam("asOf", AS_OF)
                .get(goal, ORG.dRevenue.goalId()).then().statusCode(200).extract().jsonPath();
        assertThat(num(asBoss, "actual")).isEqualByComparingTo("300000");
        assertThat(asBoss.getList("children.goalId")).containsExactlyInAnyOrder(ORG.a1Revenue.goalId().toString(),
                ORG.a2Revenue.goalId().toString());
        assertThat(Reports.goal(ORG.dRevenue.goalId(), AS_OF).getList("children.goalId")).as("an admin sees all")
                .hasSize(3).contains(ORG.m1Revenue.goalId().toString());

        for (UUID hidden : List.of(ORG.xRevenue.goalId(), ORG.m1Revenue.goalId(), ORG.company.goalId())) {
            given().headers(TestCallers.bearer(boss)).get(goal, hidden).then().statusCode(404)
                    .contentType("application/problem+json");
            given().headers(TestCallers.bearer(boss)).get(goal + "/feasibility", hidden).then().statusCode(404);
        }
        given().headers(TestCallers.bearer(boss)).get(goal + "/feasibility", ORG.dRevenue.goalId()).then()
                .statusCode(200).body("goalId", equalTo(ORG.dRevenue.goalId().toString()));

        String a1 = ORG.rep(ORG.a1);
        given().headers(TestCallers.bearer(a1)).get(goal, ORG.a1Revenue.goalId()).then().statusCode(200);
        given().headers(TestCallers.bearer(a1)).get(goal + "/feasibility", ORG.a1Revenue.goalId()).then()
                .statusCode(200);
        for (UUID hidden : List.of(ORG.dRevenue.goalId(), ORG.a2Revenue.goalId(), ORG.company.goalId())) {
            given().headers(TestCallers.bearer(a1)).get(goal, hidden).then().statusCode(404);
            given().headers(TestCallers.bearer(a1)).get(goal + "/feasibility", hidden).then().statusCode(404);
        }
    }

    @Test
    void aRepReadsTheirOwnDailyPlanAndAManagerThoseOfTheirReps() {
        String path = "/api/v1/reviews/daily-plan";
        JsonPath plan = get(ORG.rep(ORG.a1), path, Map.of("repId", ORG.a1, "date", AS_OF)).statusCode(200)
                .extract().jsonPath();
        // 64 calls, 2 made before the day, 33 working days left with it
        assertThat(plan.getMap("items.find { it.goalId == '" + ORG.a1Calls.goalId() + "' }"))
                .containsEntry("remaining", 62).containsEntry("remainingWorkingDays", 33)
                .containsEntry("requiredToday", 2).containsEntry("doneToday", 0);
        forbidden(get(ORG.rep(ORG.a1), path, Map.of("repId", ORG.x1, "date", AS_OF)))
                .body("detail", allOf(containsString("repId"), containsString(ORG.x1.toString())));
        forbidden(get(ORG.rep(ORG.a1), path, Map.of("repId", ORG.a2)));

        get(ORG.manager(ORG.boss), path, Map.of("repId", ORG.a2)).statusCode(200);
        forbidden(get(ORG.manager(ORG.boss), path, Map.of("repId", ORG.x1))).body("detail", containsString("repId"));
        forbidden(get(ORG.manager(ORG.boss), path, Map.of("repId", UUID.randomUUID())));
        get(TestCallers.admin(), path, Map.of("repId", ORG.x1)).statusCode(200);
    }

    @Test
    void aLeaderboardIsAManagersTeamOrARepsOwnTeam() {
        String path = "/api/v1/reviews/leaderboard";
        Map<String, Object> quarter = Map.of("period", "2026-Q1", "metric", "REVENUE_WON", "asOf", AS_OF);
        String boss = ORG.manager(ORG.boss);

        // a2 200 000 of 300 000, a1 100 000 of 600 000; not m1, who moved to X
        assertThat(board(boss, ORG.d, quarter)).containsExactly(ORG.a2.toString(), ORG.a1.toString());
        assertThat(board(boss, ORG.e, quarter)).containsExactly(ORG.a2.toString());
        forbidden(get(boss, path, with(quarter, "teamId", ORG.x))).body("detail", containsString("teamId"));
        get(boss, path, quarter).statusCode(400).body("errors.field", hasItem("teamId"))
                .body("detail", containsString("teams you manage"));

        assertThat(board(ORG.rep(ORG.a1), null, quarter)).as("a rep's own team by default")
                .containsExactly(ORG.a2.toString(), ORG.a1.toString());
        assertThat(board(ORG.rep(ORG.a1), ORG.d, quarter)).containsExactly(ORG.a2.toString(), ORG.a1.toString());
        assertThat(board(ORG.rep(ORG.a2), null, quarter)).containsExactly(ORG.a2.toString());
        forbidden(get(ORG.rep(ORG.a1), path, with(quarter, "teamId", ORG.e))).body("detail", containsString("teamId"));
        forbidden(get(ORG.rep(ORG.a1), path, with(quarter, "teamId", ORG.x)));

        assertThat(board(TestCallers.admin(), ORG.x, quarter)).containsExactly(ORG.m1.toString());
        forbidden(get(TestCallers.integration(), path, with(quarter, "teamId", ORG.d)));
    }

    @Test
    void aPersonWhoseEmailMatchesNoActiveRepMayReadNothing() {
        forbidden(get(TestCallers.manager("nobody-" + UUID.randomUUID() + "@example.com"), "/api/v1/reviews/variance",
                team(ORG.d))).body("detail", containsString("No active rep"));
        forbidden(get(TestCallers.rep(Producers.email(UUID.randomUUID())), "/api/v1/reviews/daily-plan",
                Map.of("repId", ORG.a1)));
    }

    private static List<String> board(String token, UUID team, Map<String, Object> query) {
        return get(token, "/api/v1/reviews/leaderboard", team == null ? query : with(query, "teamId", team))
                .statusCode(200).extract().jsonPath().getList("items.repId", String.class);
    }

    private static Map<String, Object> with(Map<String, Object> query, String key, Object value) {
        Map<String, Object> all = new HashMap<>(query);
        all.put(key, value);
        return all;
    }
}
