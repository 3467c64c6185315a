package io.salesplan.review.dailyplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rep's March: a monthly call goal, a monthly visit goal already met, a quarterly opportunity goal. */
@QuarkusTest
class DailyPlanTest {

    private static final UUID REP = UUID.randomUUID();
    private static final UUID PIPELINE = UUID.randomUUID();
    private static final GoalSpec CALLS = new GoalSpec(UUID.randomUUID(), null, "REP", REP, "2026-03", "ACTIVITIES",
            "CALL", "44");
    private static final GoalSpec VISITS = new GoalSpec(UUID.randomUUID(), null, "REP", REP, "2026-03", "ACTIVITIES",
            "VISIT", "1");
    private static final GoalSpec OPPORTUNITIES = new GoalSpec(UUID.randomUUID(), null, "REP", REP, "2026-Q1",
            "OPPORTUNITIES_CREATED", null, "10");
    private static final GoalSpec REVENUE = new GoalSpec(UUID.randomUUID(), null, "REP", REP, "2026-03",
            "REVENUE_WON", null, "1000");

    @BeforeAll
    static void deliverMarch() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Feed.send(List.of(Producers.rep(REP, null, 1), Producers.pipeline(PIPELINE, Producers.DEFAULT_STAGES, 1),
                CALLS.created(), VISITS.created(), OPPORTUNITIES.created(), REVENUE.created(),
                new Act("CALL", REP, "2026-03-01", null).logged(),
                new Act("CALL", REP, "2026-03-02", null).logged(),
                new Act("CALL", REP, "2026-03-02", null).logged(),
                new Act("VISIT", REP, "2026-03-02", null).logged(),
                new Act("VISIT", REP, "2026-03-02", null).logged(),
                new Act("CALL", REP, "2026-03-16", null).logged(),
                new Act("CALL", REP, "2026-03-16", null).logged(),
                new Act("CALL", REP, "2026-03-16", null).logged(),
                new Act("CALL", REP, "2026-03-31", null).logged(),
                new Deal(PIPELINE, REP, "INITIAL_CONTACT", "100", "2026-01-05").created(),
                new Deal(PIPELINE, REP, "INITIAL_CONTACT", "100", "2026-03-02").created(),
                new Deal(PIPELINE, REP, "INITIAL_CONTACT", "100", "2026-03-31").created()));
        Feed.awaitConsumed(Duration.ofSeconds(60));
    }

    private static JsonPath plan(String date) {
        return given().queryParams(Map.of("repId", REP, "date", date)).get("/api/v1/reviews/daily-plan").then()
                .statusCode(200).body("repId", equalTo(REP.toString())).body("date", equalTo(date))
                .extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath plan, GoalSpec goal) {
        return plan.getMap("items.find { it.goalId == '" + goal.goalId() + "' }");
    }

    @Test
    void onTheFirstMondayOfMarchTheTargetsAreSpreadOverTwentyTwoWorkingDays() {
        JsonPath plan = plan("2026-03-02");
        assertThat(plan.getList("items.goalId")).hasSize(3).doesNotContain(REVENUE.goalId().toString());
        assertThat(item(plan, CALLS)).containsEntry("remaining", 43).containsEntry("remainingWorkingDays", 22)
                .containsEntry("requiredToday", 2).containsEntry("doneToday", 2).containsEntry("activityType", "CALL");
        assertThat(item(plan, VISITS)).containsEntry("remaining", 1).containsEntry("requiredToday", 1)
                .containsEntry("doneToday", 2);
        assertThat(item(plan, OPPORTUNITIES)).containsEntry("metric", "OPPORTUNITIES_CREATED")
                .containsEntry("remaining", 9).containsEntry("remainingWorkingDays", 22)
                .containsEntry("requiredToday", 1).containsEntry("doneToday", 1);
    }

    @Test
    void onTheLastWorkingDayOfThePeriodEverythingLeftIsDueToday() {
        JsonPath plan = plan("2026-03-31");
        assertThat(item(plan, CALLS)).containsEntry("remaining", 38).containsEntry("remainingWorkingDays", 1)
                .containsEntry("requiredToday", 38).containsEntry("doneToday", 1);
        assertThat(item(plan, VISITS)).containsEntry("remaining", 0).containsEntry("requiredToday", 0)
                .containsEntry("doneToday", 0);
        assertThat(item(plan, OPPORTUNITIES)).containsEntry("remaining", 8).containsEntry("requiredToday", 8)
                .containsEntry("doneToday", 1);
    }

    @Test
    void anUnknownRepIsNotFoundAndBadParametersAreBadRequests() {
        given().queryParams(Map.of("repId", UUID.randomUUID())).get("/api/v1/reviews/daily-plan").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/reviews/daily-plan").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("repId"));
        given().queryParams(Map.of("repId", REP, "date", "2026-02-30")).get("/api/v1/reviews/daily-plan").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
    }
}
