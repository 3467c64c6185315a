package io.salesplan.goals.goal;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static io.salesplan.goals.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.goals.Api;
import io.salesplan.platform.event.EventEnvelope;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalResourceTest {

    @Test
    void aKeyResultGetsDerivedDatesAndDirectionAndIsPublishedWhole() {
        String team = Api.team(unique("T"), null);
        String objective = Api.goal(Map.of("title", unique("Lead East China"), "type", "OBJECTIVE",
                "ownerType", "COMPANY", "period", "2026"));
        Map<String, Object> body = keyResult("TEAM", team, "2026-Q1", "REVENUE_WON", new BigDecimal("2500000"));
        body.put("parentId", objective);
        String id = json().body(body).post("/api/v1/goals").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("periodStart", equalTo("2026-01-01")).body("periodEnd", equalTo("2026-03-31"))
                .body("direction", equalTo("AT_LEAST")).body("status", equalTo("ACTIVE"))
                .body("targetValue", comparesEqualTo(new BigDecimal("2500000.00")))
                .body("currency", equalTo("CNY")).body("parentId", equalTo(objective))
                .extract().path("id");
        String raw = json().get("/api/v1/goals/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .extract().asString();
        assertThat(raw).contains("\"targetValue\":2500000.00");

        EventEnvelope created = Api.event("salesplan.goal.created.v1", id);
        var data = created.data();
        assertThat(data.get("goalId").asText()).isEqualTo(id);
        assertThat(data.get("type").asText()).isEqualTo("KEY_RESULT");
        assertThat(data.get("parentId").asText()).isEqualTo(objective);
        assertThat(data.get("ownerType").asText()).isEqualTo("TEAM");
        assertThat(data.get("ownerId").asText()).isEqualTo(team);
        assertThat(data.get("period").asText()).isEqualTo("2026-Q1");
        assertThat(data.get("periodStart").asText()).isEqualTo("2026-01-01");
        assertThat(data.get("periodEnd").asText()).isEqualTo("2026-03-31");
        assertThat(data.get("metric").asText()).isEqualTo("REVENUE_WON");
        assertThat(data.get("activityType").isNull()).isTrue();
        assertThat(data.get("targetValue").decimalValue()).isEqualTo(new BigDecimal("2500000.00"));
        assertThat(data.get("direction").asText()).isEqualTo("AT_LEAST");
        assertThat(data.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("version").asLong()).isZero();
    }

    @Test
    void salesCycleDaysAimsAtMostAndActivitiesMayNameAType() {
        String rep = Api.rep(Api.team(unique("T"), null));
        json().body(keyResult("REP", rep, "2026-W10", "SALES_CYCLE_DAYS", 30)).post("/api/v1/goals")
                .then().statusCode(201).body("direction", equalTo("AT_MOST"))
                .body("periodStart", equalTo("2026-03-02")).body("periodEnd", equalTo("2026-03-08"));
        Map<String, Object> visits = keyResult("REP", rep, "2026-03", "ACTIVITIES", 60);
        visits.put("type", "KPI");
        visits.put("activityType", "VISIT");
        json().body(visits).post("/api/v1/goals").then().statusCode(201)
                .body("activityType", equalTo("VISIT")).body("targetValue", equalTo(60));
        json().body(keyResult("COMPANY", null, "2026", "WIN_RATE", new BigDecimal("0.25"))).post("/api/v1/goals")
                .then().statusCode(201).body("targetValue", comparesEqualTo(new BigDecimal("0.25")))
                .body("ownerId", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-13", "2026-W54", "26", "2026-Q0", "Q1-2026"})
    void aBadPeriodIsA400NamingTheAcceptedForms(String period) {
        String owner = Api.team(unique("T"), null);
        json().body(keyResult("TEAM", owner, period, "DEALS_WON", 10)).post("/api/v1/goals")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("period"))
                .body("errors[0].message", containsString("2026-Q1"));
        json().queryParam("ownerId", owner).get("/api/v1/goals").then().body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "12.5"})
    void aTargetThatIsNotAPositiveCountIsA400(String target) {
        String owner = Api.team(unique("T"), null);
        json().body(keyResult("TEAM", owner, "2026", "DEALS_WON", new BigDecimal(target))).post("/api/v1/goals")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("targetValue"));
        json().queryParam("ownerId", owner).get("/api/v1/goals").then().body("items", hasSize(0));
    }

    @Test
    void moneyWithThreeDecimalsAndAWinRateAboveOneAre400s() {
        json().body(keyResult("COMPANY", null, "2026", "REVENUE_WON", new BigDecimal("10.001"))).post("/api/v1/goals")
                .then().statusCode(400).body("errors[0].message", containsString("2 decimals"));
        json().body(keyResult("COMPANY", null, "2026", "WIN_RATE", new BigDecimal("1.2"))).post("/api/v1/goals")
                .then().statusCode(400).body("errors[0].message", containsString("between 0 and 1"));
    }

    @Test
    void anObjectiveWithAMetricOrAKpiWithoutOneIsA400() {
        json().body(Map.of("title", "O", "type", "OBJECTIVE", "ownerType", "COMPANY", "period", "2026",
                "metric", "DEALS_WON", "targetValue", 5)).post("/api/v1/goals")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("metric", "targetValue"));
        json().body(Map.of("title", "K", "type", "KPI", "ownerType", "COMPANY", "period", "2026", "targetValue", 5))
                .post("/api/v1/goals").then().statusCode(400).body("errors.field", contains("metric"));
    }

    @Test
    void anActivityTypeWithoutTheActivitiesMetricIsA400() {
        Map<String, Object> body = keyResult("COMPANY", null, "2026", "DEALS_WON", 5);
        body.put("activityType", "CALL");
        json().body(body).post("/api/v1/goals").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("activityType"))
                .body("errors[0].message", containsString("ACTIVITIES"));
    }

    @Test
    void unknownEnumValuesAre400sNamingTheAllowedValues() {
        Map<String, Object> body = keyResult("COMPANY", null, "2026", "HAPPINESS", 5);
        json().body(body).post("/api/v1/goals").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("metric"))
                .body("errors[0].message", containsString("REVENUE_WON"));
        json().queryParam("metric", "HAPPINESS").get("/api/v1/goals").then().statusCode(400)
                .body("errors[0].message", containsString("SALES_CYCLE_DAYS"));
        json().queryParam("status", "DELETED").get("/api/v1/goals").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        json().queryParam("period", "2026-Q5").get("/api/v1/goals").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void unknownParentOrOwnerIsA422AndNothingIsWritten() {
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> body = keyResult("COMPANY", null, "2026", "DEALS_WON", 5);
        body.put("parentId", unknown);
        json().body(body).post("/api/v1/goals").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("parentId"));
        json().queryParam("parentId", unknown).get("/api/v1/goals").then().body("items", hasSize(0));

        json().body(keyResult("TEAM", unknown, "2026", "DEALS_WON", 5)).post("/api/v1/goals")
                .then().statusCode(422).body("errors[0].field", equalTo("ownerId"));
        json().body(keyResult("REP", unknown, "2026", "DEALS_WON", 5)).post("/api/v1/goals")
                .then().statusCode(422).body("detail", containsString("rep " + unknown));
        json().queryParam("ownerId", unknown).get("/api/v1/goals").then().body("items", hasSize(0));
    }

    @Test
    void ownerIdMustMatchTheOwnerType() {
        json().body(keyResult("COMPANY", UUID.randomUUID().toString(), "2026", "DEALS_WON", 5)).post("/api/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
        json().body(keyResult("TEAM", null, "2026", "DEALS_WON", 5)).post("/api/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void aChildMustFitItsParentsLevelAndPeriod() {
        String objective = Api.goal(Map.of("title", unique("O"), "type", "OBJECTIVE", "ownerType", "COMPANY",
                "period", "2026-Q1"));
        Map<String, Object> kpi = keyResult("COMPANY", null, "2026-Q1", "DEALS_WON", 5);
        kpi.put("type", "KPI");
        kpi.put("parentId", objective);
        json().body(kpi).post("/api/v1/goals").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        Map<String, Object> outside = keyResult("COMPANY", null, "2026-Q2", "DEALS_WON", 5);
        outside.put("parentId", objective);
        json().body(outside).post("/api/v1/goals").then().statusCode(400)
                .body("errors[0].field", equalTo("period")).body("detail", containsString("2026-Q1"));
    }

    @Test
    void eTagRoundTripAndAStaleIfMatchIsA412() {
        String id = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        String etag = json().get("/api/v1/goals/" + id).then().extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        json().header("If-Match", etag).body(Map.of("targetValue", 120, "title", "120 deals"))
                .patch("/api/v1/goals/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("targetValue", equalTo(120)).body("title", equalTo("120 deals"));
        json().header("If-Match", etag).body(Map.of("targetValue", 999)).patch("/api/v1/goals/" + id)
                .then().statusCode(412).contentType(PROBLEM_JSON);
        json().get("/api/v1/goals/" + id).then().header("ETag", "\"1\"")
                .body("targetValue", equalTo(120));

        EventEnvelope updated = Api.event("salesplan.goal.updated.v1", id);
        assertThat(updated.data().get("targetValue").decimalValue()).isEqualByComparingTo("120");
        assertThat(updated.data().get("title").asText()).isEqualTo("120 deals");
        assertThat(updated.data().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void whatAGoalMeasuresCannotBePatched() {
        String id = Api.goal(keyResult("COMPANY", null, "2026", "DEALS_WON", 100));
        json().body(Map.of("metric", "REVENUE_WON", "period", "2027")).patch("/api/v1/goals/" + id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("metric", "period"));
        json().body(Map.of("targetValue", 0)).patch("/api/v1/goals/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("targetValue"));
        json().get("/api/v1/goals/" + id).then().body("version", equalTo(0));
    }

    @Test
    void deleteArchivesTheSubtreeWhichThenDropsOutOfTheListUnlessAskedFor() {
        String team = Api.team(unique("T"), null);
        String objective = Api.goal(Map.of("title", unique("O"), "type", "OBJECTIVE", "ownerType", "TEAM",
                "ownerId", team, "period", "2026"));
        Map<String, Object> kr = keyResult("TEAM", team, "2026", "DEALS_WON", 10);
        kr.put("parentId", objective);
        String child = Api.goal(kr);

        json().delete("/api/v1/goals/" + objective).then().statusCode(204);
        json().delete("/api/v1/goals/" + objective).then().statusCode(204);

        json().get("/api/v1/goals/" + objective).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        json().queryParam("ownerId", team).get("/api/v1/goals").then().body("items", hasSize(0));
        json().queryParam("ownerId", team).queryParam("status", "ARCHIVED").get("/api/v1/goals")
                .then().body("items.id", contains(objective, child));
        json().body(Map.of("title", "x")).patch("/api/v1/goals/" + child).then().statusCode(409);

        EventEnvelope archived = Api.event("salesplan.goal.archived.v1", child);
        assertThat(archived.data().get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.data().get("version").asLong()).isEqualTo(1);
        assertThat(Api.events(objective).stream().filter(e -> e.type().equals("salesplan.goal.archived.v1")))
                .hasSize(1);
        json().delete("/api/v1/goals/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void theListFiltersByOwnerPeriodMetricAndParent() {
        String rep = Api.rep(Api.team(unique("T"), null));
        String deals = Api.goal(keyResult("REP", rep, "2026-Q1", "DEALS_WON", 10));
        String revenue = Api.goal(keyResult("REP", rep, "2026-Q1", "REVENUE_WON", 1000));
        String later = Api.goal(keyResult("REP", rep, "2026-Q2", "DEALS_WON", 10));

        json().queryParam("ownerType", "REP").queryParam("ownerId", rep).get("/api/v1/goals")
                .then().body("items.id", contains(deals, revenue, later));
        json().queryParam("ownerId", rep).queryParam("period", "2026-Q1").queryParam("metric", "DEALS_WON")
                .get("/api/v1/goals").then().body("items.id", contains(deals));
        json().queryParam("ownerId", rep).queryParam("limit", 2).get("/api/v1/goals")
                .then().body("items", hasSize(2)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        json().queryParam("ownerId", rep).queryParam("ownerType", "TEAM").get("/api/v1/goals")
                .then().body("items", hasSize(0));
    }

    @Test
    void theTreeHoldsTheWholeSubtreeInOneCall() {
        String objective = Api.goal(Map.of("title", unique("O"), "type", "OBJECTIVE", "ownerType", "COMPANY",
                "period", "2026"));
        Map<String, Object> kr = keyResult("COMPANY", null, "2026", "OPPORTUNITIES_CREATED", 500);
        kr.put("parentId", objective);
        String keyResult = Api.goal(kr);
        Map<String, Object> kpi = keyResult("COMPANY", null, "2026-03", "ACTIVITIES", 300);
        kpi.put("type", "KPI");
        kpi.put("parentId", keyResult);
        String leaf = Api.goal(kpi);
        Map<String, Object> gone = new HashMap<>(kpi);
        gone.put("title", "archived");
        String archived = Api.goal(gone);
        json().delete("/api/v1/goals/" + archived).then().statusCode(204);

        json().get("/api/v1/goals/" + objective + "/tree").then().statusCode(200)
                .body("id", equalTo(objective))
                .body("children.id", contains(keyResult))
                .body("children[0].children.id", contains(leaf))
                .body("children[0].children[0].children", hasSize(0));
        json().queryParam("includeArchived", "true").get("/api/v1/goals/" + objective + "/tree")
                .then().body("children[0].children.id", contains(leaf, archived));
        json().get("/api/v1/goals/" + UUID.randomUUID() + "/tree").then().statusCode(404);
        json().get("/api/v1/goals/" + objective).then().body("$", org.hamcrest.Matchers.not(hasItem("children")));
    }
}
