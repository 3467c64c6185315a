package io.salesplan.goals.actionplan;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static io.salesplan.goals.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salesplan.goals.Api;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionPlanResourceTest {

    private static Map<String, Object> assumptions(Map<String, Object> activities, boolean apply) {
        return Map.of("averageDealSize", 100000, "winRate", new BigDecimal("0.2"),
                "activitiesPerOpportunity", activities, "apply", apply);
    }

    @Test
    void theArticlesTeamOfTenRepsGetsTenDealsFiftyOpportunitiesAndAHundredFiftyVisitsEach() {
        String team = Api.team(unique("East"), null);
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reps.add(Api.rep(team));
        }
        String goal = Api.goal(keyResult("TEAM", team, "2026", "REVENUE_WON", new BigDecimal("10000000")));

        JsonPath plan = json().body(assumptions(Map.of("VISIT", 3), false))
                .post("/api/v1/goals/" + goal + "/action-plan").then().statusCode(200)
                .body("goalId", equalTo(goal)).body("period", equalTo("2026")).body("workingDays", equalTo(261))
                .body("totals.deals", equalTo(100)).body("totals.opportunities", equalTo(500))
                .body("totals.activities.VISIT", equalTo(1500))
                .body("owners", hasSize(10))
                .body("owners.ownerType", everyItem(equalTo("REP")))
                .body("owners.ownerId", contains(reps.toArray()))
                .body("owners.deals", everyItem(equalTo(10)))
                .body("owners.opportunities", everyItem(equalTo(50)))
                .body("owners.activities.VISIT", everyItem(equalTo(150)))
                .body("owners.perWorkingDay.VISIT", everyItem(equalTo(new BigDecimal("0.58"))))
                .body("owners.perWeek.VISIT", everyItem(equalTo(new BigDecimal("2.88"))))
                .body("owners.revenue", everyItem(equalTo(new BigDecimal("1000000.00"))))
                .body("appliedGoals", nullValue())
                .extract().jsonPath();
        assertThat(plan.getString("currency")).isEqualTo("CNY");
        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items", hasSize(0));
    }

    @Test
    void applyingCreatesKpiGoalsPerOwnerAndASecondApplyUpdatesThemWithoutDuplicates() {
        String team = Api.team(unique("T"), null);
        String a = Api.rep(team);
        String b = Api.rep(team);
        String goal = Api.goal(keyResult("TEAM", team, "2026-Q1", "REVENUE_WON", new BigDecimal("2000000")));

        json().body(assumptions(Map.of("VISIT", 3, "DEMO", 1), true))
                .post("/api/v1/goals/" + goal + "/action-plan").then().statusCode(200)
                .body("appliedGoals", hasSize(8));
        List<Map<String, Object>> kpis = json().queryParam("parentId", goal).get("/api/v1/goals")
                .then().body("items", hasSize(8)).body("items.type", everyItem(equalTo("KPI")))
                .body("items.period", everyItem(equalTo("2026-Q1")))
                .extract().jsonPath().getList("items");
        Map<String, Object> dealsOfA = kpis.stream()
                .filter(k -> a.equals(k.get("ownerId")) && "DEALS_WON".equals(k.get("metric"))).findFirst().orElseThrow();
        assertThat(dealsOfA.get("targetValue")).isEqualTo(10);
        assertThat(kpis.stream().filter(k -> b.equals(k.get("ownerId")) && "VISIT".equals(k.get("activityType"))))
                .singleElement().satisfies(k -> assertThat(k.get("targetValue")).isEqualTo(150));
        String dealsId = (String) dealsOfA.get("id");

        json().body(Map.of("averageDealSize", 50000, "winRate", new BigDecimal("0.25"),
                        "activitiesPerOpportunity", Map.of("VISIT", 2), "apply", true))
                .post("/api/v1/goals/" + goal + "/action-plan").then().statusCode(200)
                .body("owners.deals", contains(20, 20)).body("appliedGoals", hasSize(6));
        json().queryParam("parentId", goal).get("/api/v1/goals").then()
                .body("items", hasSize(6))
                .body("items.metric", containsInAnyOrder("DEALS_WON", "DEALS_WON", "OPPORTUNITIES_CREATED",
                        "OPPORTUNITIES_CREATED", "ACTIVITIES", "ACTIVITIES"));
        json().get("/api/v1/goals/" + dealsId).then().body("targetValue", equalTo(20)).body("version", equalTo(1));
        json().queryParam("parentId", goal).queryParam("status", "ARCHIVED").get("/api/v1/goals")
                .then().body("items.activityType", everyItem(equalTo("DEMO"))).body("items", hasSize(2));

        assertThat(Api.event("salesplan.goal.updated.v1", dealsId).data().get("targetValue").decimalValue())
                .isEqualByComparingTo("20");
        assertThat(Api.event("salesplan.goal.created.v1", dealsId).data().get("parentId").asText()).isEqualTo(goal);
    }

    @Test
    void aGoalDecomposedByOwnerPlansPerOwnerChild() {
        String team = Api.team(unique("T"), null);
        String a = Api.rep(team);
        String b = Api.rep(team);
        String goal = Api.goal(keyResult("TEAM", team, "2026", "REVENUE_WON", new BigDecimal("1000000")));
        json().body(Map.of("by", "OWNER", "weights", Map.of(a, 3, b, 1))).post("/api/v1/goals/" + goal + "/decompose")
                .then().statusCode(201);

        json().body(assumptions(Map.of(), false)).post("/api/v1/goals/" + goal + "/action-plan").then().statusCode(200)
                .body("owners.ownerId", contains(a, b))
                .body("owners.revenue", contains(new BigDecimal("750000.00"), new BigDecimal("250000.00")))
                .body("owners.deals", contains(8, 3)).body("totals.deals", equalTo(11));
    }

    @Test
    void aRepsGoalIsPlannedForTheRepAlone() {
        String rep = Api.rep(Api.team(unique("T"), null));
        String goal = Api.goal(keyResult("REP", rep, "2026-Q1", "REVENUE_WON", new BigDecimal("300000")));
        json().body(assumptions(Map.of("CALL", 10), false)).post("/api/v1/goals/" + goal + "/action-plan")
                .then().statusCode(200).body("workingDays", equalTo(64))
                .body("owners.ownerId", contains(rep)).body("owners[0].opportunities", equalTo(15))
                .body("owners[0].activities.CALL", equalTo(150));
    }

    @Test
    void anActionPlanOnAGoalThatIsNotRevenueIsA409SayingWhy() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        json().body(assumptions(Map.of("VISIT", 3), true)).post("/api/v1/goals/" + goal + "/action-plan")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString("REVENUE_WON")).body("detail", containsString("DEALS_WON"));
        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items", hasSize(0));
        json().body(assumptions(Map.of(), false)).post("/api/v1/goals/" + UUID.randomUUID() + "/action-plan")
                .then().statusCode(404);
    }

    @Test
    void impossibleAssumptionsAre400sAndApplyNothing() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "REVENUE_WON", new BigDecimal("1000")));
        String path = "/api/v1/goals/" + goal + "/action-plan";
        for (Object winRate : List.of(0, new BigDecimal("1.5"), -1)) {
            json().body(Map.of("averageDealSize", 100, "winRate", winRate, "apply", true)).post(path)
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("winRate"));
        }
        for (Object size : List.of(0, -100)) {
            json().body(Map.of("averageDealSize", size, "winRate", new BigDecimal("0.5"), "apply", true)).post(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("averageDealSize"));
        }
        json().body(Map.of("winRate", new BigDecimal("0.5"))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("averageDealSize"));
        json().body(Map.of("averageDealSize", 100, "winRate", new BigDecimal("0.5"),
                        "activitiesPerOpportunity", Map.of("VISIT", -1), "apply", true)).post(path)
                .then().statusCode(400).body("errors[0].field", containsString("activitiesPerOpportunity"));
        json().body(Map.of("averageDealSize", 100, "winRate", new BigDecimal("0.5"),
                        "activitiesPerOpportunity", Map.of("LUNCH", 1))).post(path)
                .then().statusCode(400).body("errors[0].message", containsString("VISIT"));
        json().body(Map.of("averageDealSize", new BigDecimal("0.01"), "winRate", new BigDecimal("1E-12"),
                        "activitiesPerOpportunity", Map.of("CALL", 100000))).post(path)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("assumptions"));
        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items", hasSize(0));
    }
}
