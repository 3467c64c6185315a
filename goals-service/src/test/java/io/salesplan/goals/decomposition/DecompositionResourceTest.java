package io.salesplan.goals.decomposition;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static io.salesplan.goals.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.goals.Api;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecompositionResourceTest {

    @Test
    void hundredDealsOverThreeRepsAre34And33And33() {
        String team = Api.team(unique("T"), null);
        String a = Api.rep(team);
        String b = Api.rep(team);
        String c = Api.rep(team);
        String goal = Api.goal(keyResult("TEAM", team, "2026-Q1", "DEALS_WON", 100));

        json().body(Map.of("by", "OWNER")).post("/api/v1/goals/" + goal + "/decompose")
                .then().statusCode(201).body("parentId", equalTo(goal))
                .body("children.ownerType", everyItem(equalTo("REP")))
                .body("children.ownerId", contains(a, b, c))
                .body("children.targetValue", contains(34, 33, 33))
                .body("children.parentId", everyItem(equalTo(goal)))
                .body("children.period", everyItem(equalTo("2026-Q1")))
                .body("children.type", everyItem(equalTo("KEY_RESULT")));
        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items", hasSize(3));
    }

    @Test
    void tenMillionOverThreeQuartersOfWeightSumsToTheCent() {
        String team = Api.team(unique("T"), null);
        String goal = Api.goal(keyResult("TEAM", team, "2026", "REVENUE_WON", new BigDecimal("10000000.00")));

        List<BigDecimal> targets = json().body(Map.of("by", "PERIOD", "into", "QUARTER", "weights", List.of(1, 1, 1, 0)))
                .post("/api/v1/goals/" + goal + "/decompose")
                .then().statusCode(201)
                .body("children.period", contains("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"))
                .body("children.periodStart", contains("2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"))
                .body("children.ownerId", everyItem(equalTo(team)))
                .extract().jsonPath().getList("children.targetValue", BigDecimal.class);
        assertThat(targets).containsExactly(new BigDecimal("3333333.34"), new BigDecimal("3333333.33"),
                new BigDecimal("3333333.33"), new BigDecimal("0.00"));
        String raw = json().queryParam("parentId", goal).get("/api/v1/goals").asString();
        assertThat(raw).contains("3333333.34").contains("3333333.33");
    }

    @Test
    void aYearSplitsIntoTwelveMonthsOrItsIsoWeeksSummingExactly() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "OPPORTUNITIES_CREATED", 1000));
        List<Integer> months = json().body(Map.of("by", "PERIOD", "into", "MONTH"))
                .post("/api/v1/goals/" + goal + "/decompose").then().statusCode(201)
                .body("children", hasSize(12)).extract().jsonPath().getList("children.targetValue", Integer.class);
        assertThat(months.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(months).allSatisfy(m -> assertThat(m).isBetween(83, 84));

        String weekly = Api.goal(keyResult("COMPANY", null, "2026-Q1", "DEALS_WON", 100));
        List<Integer> weeks = json().body(Map.of("by", "PERIOD", "into", "WEEK"))
                .post("/api/v1/goals/" + weekly + "/decompose").then().statusCode(201)
                .body("children", hasSize(13)).body("children[0].period", equalTo("2026-W01"))
                .extract().jsonPath().getList("children.targetValue", Integer.class);
        assertThat(weeks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void aCompanyGoalSplitsOverTopLevelTeamsAndRatioTargetsAreCopied() {
        String topLevel = Api.team(unique("Top"), null);
        String subTeam = Api.team(unique("Sub"), topLevel);
        String winRate = Api.goal(keyResult("COMPANY", null, "2026", "WIN_RATE", new BigDecimal("0.25")));
        List<String> teams = json().body(Map.of("by", "OWNER")).post("/api/v1/goals/" + winRate + "/decompose")
                .then().statusCode(201)
                .body("children.ownerType", everyItem(equalTo("TEAM")))
                .body("children.targetValue", everyItem(equalTo(new BigDecimal("0.25"))))
                .extract().jsonPath().getList("children.ownerId");
        assertThat(teams).contains(topLevel).doesNotContain(subTeam);
    }

    @Test
    void aTeamGoalSplitsOverActiveRepsAndSubTeamsByWeight() {
        String team = Api.team(unique("T"), null);
        String sub = Api.team(unique("Sub"), team);
        String active = Api.rep(team);
        String unlisted = Api.rep(team);
        String inactive = Api.rep(team);
        json().body(Map.of("active", false)).patch("/api/v1/reps/" + inactive).then().statusCode(200);
        String goal = Api.goal(keyResult("TEAM", team, "2026", "REVENUE_WON", new BigDecimal("1000.00")));

        json().body(Map.of("by", "OWNER", "weights", Map.of(sub, 3, active, 1)))
                .post("/api/v1/goals/" + goal + "/decompose").then().statusCode(201)
                .body("children.ownerId", contains(sub, active))
                .body("children.ownerType", contains("TEAM", "REP"))
                .body("children.targetValue", contains(new BigDecimal("750.00"), new BigDecimal("250.00")));
        json().queryParam("ownerId", unlisted).get("/api/v1/goals").then().body("items", hasSize(0));

        String equal = Api.goal(keyResult("TEAM", team, "2026", "DEALS_WON", 10));
        json().body(Map.of("by", "OWNER")).post("/api/v1/goals/" + equal + "/decompose").then().statusCode(201)
                .body("children.ownerId", contains(sub, active, unlisted))
                .body("children.targetValue", contains(4, 3, 3));
    }

    @Test
    void decomposingAgainIsA409UnlessReplaceWhichArchivesTheOldChildren() {
        String goal = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        List<String> old = json().body(Map.of("by", "PERIOD", "into", "QUARTER"))
                .post("/api/v1/goals/" + goal + "/decompose").then().statusCode(201)
                .extract().jsonPath().getList("children.id");

        json().body(Map.of("by", "PERIOD", "into", "MONTH")).post("/api/v1/goals/" + goal + "/decompose")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("detail", containsString("replace"));
        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items.id", contains(old.toArray()));

        json().body(Map.of("by", "PERIOD", "into", "MONTH", "replace", true))
                .post("/api/v1/goals/" + goal + "/decompose").then().statusCode(201).body("children", hasSize(12));
        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items", hasSize(12));
        json().queryParam("parentId", goal).queryParam("status", "ARCHIVED").get("/api/v1/goals")
                .then().body("items.id", contains(old.toArray()));
        Api.event("salesplan.goal.archived.v1", old.get(0));
    }

    @Test
    void badWeightsAre400sAndWriteNothing() {
        String team = Api.team(unique("T"), null);
        String rep = Api.rep(team);
        String goal = Api.goal(keyResult("TEAM", team, "2026", "DEALS_WON", 100));
        String path = "/api/v1/goals/" + goal + "/decompose";

        json().body(Map.of("by", "PERIOD", "into", "QUARTER", "weights", List.of(1, -1, 1, 1))).post(path)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("weights[1]"));
        json().body(Map.of("by", "PERIOD", "into", "QUARTER", "weights", List.of(0, 0, 0, 0))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("weights"))
                .body("errors[0].message", containsString("zero"));
        json().body(Map.of("by", "PERIOD", "into", "QUARTER", "weights", List.of(1, 2))).post(path)
                .then().statusCode(400).body("errors[0].message", containsString("4 numbers"));
        String foreign = UUID.randomUUID().toString();
        json().body(Map.of("by", "OWNER", "weights", Map.of(rep, 1, foreign, 2))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("weights." + foreign));
        json().body(Map.of("by", "OWNER", "weights", Map.of(rep, -2))).post(path)
                .then().statusCode(400).body("errors[0].message", containsString("negative"));
        json().body(Map.of("by", "PERIOD")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("into"));
        json().body(Map.of("by", "SIDEWAYS")).post(path)
                .then().statusCode(400).body("errors[0].message", containsString("PERIOD, OWNER"));
        json().body(Map.of("by", "PERIOD", "into", "QUARTER")).post("/api/v1/goals/" + Api.goal(
                keyResult("TEAM", team, "2026-Q1", "DEALS_WON", 5)) + "/decompose")
                .then().statusCode(400).body("errors[0].field", equalTo("into"));

        json().queryParam("parentId", goal).get("/api/v1/goals").then().body("items", hasSize(0));
    }

    @Test
    void goalsThatCannotBeSplitAre409sOr404s() {
        String rep = Api.rep(Api.team(unique("T"), null));
        String repGoal = Api.goal(keyResult("REP", rep, "2026", "DEALS_WON", 10));
        json().body(Map.of("by", "OWNER")).post("/api/v1/goals/" + repGoal + "/decompose")
                .then().statusCode(409).body("detail", containsString("rep"));
        String emptyTeam = Api.team(unique("Empty"), null);
        String teamGoal = Api.goal(keyResult("TEAM", emptyTeam, "2026", "DEALS_WON", 10));
        json().body(Map.of("by", "OWNER")).post("/api/v1/goals/" + teamGoal + "/decompose")
                .then().statusCode(409).body("detail", containsString("no active reps"));
        String objective = Api.goal(Map.of("title", "O", "type", "OBJECTIVE", "ownerType", "COMPANY", "period", "2026"));
        json().body(Map.of("by", "PERIOD", "into", "QUARTER")).post("/api/v1/goals/" + objective + "/decompose")
                .then().statusCode(409).body("detail", containsString("OBJECTIVE"));
        json().body(Map.of("by", "PERIOD", "into", "QUARTER")).post("/api/v1/goals/" + UUID.randomUUID() + "/decompose")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
