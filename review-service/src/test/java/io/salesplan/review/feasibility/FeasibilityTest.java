package io.salesplan.review.feasibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import io.salesplan.review.support.Reports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Team T (rep A) with sub-team S (rep B) has a 2026-Q1 revenue goal of 1 000 000, assessed on
 * Monday 2026-03-02. The 180-day window runs from 2025-09-04 to 2026-03-02.
 * <ul>
 * <li>Won in the window, both in Q1: 300 000 by A and 300 000 by B, 20 days from creation each →
 * actual 600 000, remaining 400 000; average deal 300 000, cycle 20 days.</li>
 * <li>Lost in the window: 8 (one on its first day, one from the open pipeline's stage) → win rate
 * 2 ÷ 10 = 20 %, requiredCoverage 5.00; deals needed ceil(400 000 ÷ 300 000) = 2, opportunities
 * ceil(2 ÷ 0.2) = 10. Not counted: a win before the window, a loss the day before it, a win of
 * rep C of another team.</li>
 * <li>Open on 2026-03-02 and expected to close from then to 2026-03-31: 500 000 (moved into the
 * period by an update), 220 000 (B, on the last day), 80 000 (on asOf itself), 200 000 won only
 * on 2026-03-10 → 1 000 000, coverage 2.50 = half of 5.00, and 20 days ≤ 29 days left → STRETCH.
 * Not counted: 400 000 expected on 2026-04-01, 250 000 expected on 2026-02-27 (overdue), a deal
 * created after asOf, C's 5 000 000.</li>
 * </ul>
 * A newcomer without a team has a revenue goal of 100 000, no closed deal and 150 000 open.
 */
@QuarkusTest
class FeasibilityTest {

    private static final String PATH = "/api/v1/reviews/goals/{goalId}/feasibility";
    private static final String AS_OF = "2026-03-02";

    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID SUB_TEAM = UUID.randomUUID();
    private static final UUID OTHER_TEAM = UUID.randomUUID();
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID NEWCOMER = UUID.randomUUID();
    private static final UUID PIPELINE = UUID.randomUUID();

    private static final GoalSpec TEAM_REVENUE = new GoalSpec(UUID.randomUUID(), null, "TEAM", TEAM, "2026-Q1",
            "REVENUE_WON", null, "1000000");
    private static final GoalSpec TEAM_DEALS = new GoalSpec(UUID.randomUUID(), null, "TEAM", TEAM, "2026-Q1",
            "DEALS_WON", null, "4");
    private static final GoalSpec NEWCOMER_REVENUE = new GoalSpec(UUID.randomUUID(), null, "REP", NEWCOMER,
            "2026-Q1", "REVENUE_WON", null, "100000");
    private static final GoalSpec TEAM_CALLS = new GoalSpec(UUID.randomUUID(), null, "TEAM", TEAM, "2026-Q1",
            "ACTIVITIES", "CALL", "500");

    @BeforeAll
    static void deliver() {
        List<Feed.Event> events = new ArrayList<>(List.of(Producers.team(TEAM, null, 1),
                Producers.team(SUB_TEAM, TEAM, 1), Producers.team(OTHER_TEAM, null, 1), Producers.rep(A, TEAM, 1),
                Producers.rep(B, SUB_TEAM, 1), Producers.rep(C, OTHER_TEAM, 1), Producers.rep(NEWCOMER, null, 1),
                Producers.pipeline(PIPELINE, Producers.DEFAULT_STAGES, 1), TEAM_REVENUE.created(),
                TEAM_DEALS.created(), NEWCOMER_REVENUE.created(), TEAM_CALLS.created()));
        closed(events, A, "300000", "2026-01-27", "WON", "2026-02-16");
        closed(events, B, "300000", "2026-01-30", "WON", "2026-02-19");
        for (int i = 0; i < 6; i++) {
            closed(events, i % 2 == 0 ? A : B, "50000", "2025-10-01", "LOST", "2025-12-01");
        }
        closed(events, B, "50000", "2025-08-01", "LOST", "2025-09-04");
        Deal lostFromPipeline = new Deal(PIPELINE, A, "PROPOSAL", "70000", "2026-01-10").expectedToClose("2026-03-15");
        events.add(lostFromPipeline.created());
        events.add(lostFromPipeline.move("LOST", "2026-02-20"));
        closed(events, A, "999999", "2025-06-01", "WON", "2025-08-01");
        closed(events, B, "50000", "2025-08-01", "LOST", "2025-09-03");
        closed(events, C, "300000", "2026-01-05", "WON", "2026-01-20");

        Deal movedIntoPeriod = new Deal(PIPELINE, A, "NEGOTIATION", "500000", "2026-01-15");
        events.add(movedIntoPeriod.created());
        events.add(movedIntoPeriod.changeExpectedCloseDate("2026-03-20"));
        open(events, B, "220000", "2026-02-01", "2026-03-31");
        open(events, A, "80000", "2026-02-02", AS_OF);
        Deal wonAfterAsOf = new Deal(PIPELINE, B, "PROPOSAL", "200000", "2026-01-10").expectedToClose("2026-03-10");
        events.add(wonAfterAsOf.created());
        events.add(wonAfterAsOf.move("WON", "2026-03-10"));
        open(events, A, "400000", "2026-02-03", "2026-04-01");
        open(events, A, "250000", "2026-01-04", "2026-02-27");
        open(events, A, "300000", "2026-03-05", "2026-03-25");
        open(events, C, "5000000", "2026-02-01", "2026-03-15");

        open(events, NEWCOMER, "150000", "2026-02-10", "2026-03-13");
        Feed.send(events);
        Feed.awaitConsumed(Duration.ofSeconds(60));
    }

    private static void closed(List<Feed.Event> events, UUID owner, String amount, String createdOn, String outcome,
            String closedOn) {
        Deal deal = new Deal(PIPELINE, owner, "INITIAL_CONTACT", amount, createdOn);
        events.add(deal.created());
        events.add(deal.move(outcome, closedOn));
    }

    private static void open(List<Feed.Event> events, UUID owner, String amount, String createdOn,
            String expectedClose) {
        events.add(new Deal(PIPELINE, owner, "PROPOSAL", amount, createdOn).expectedToClose(expectedClose).created());
    }

    /** Numbers as exact decimals (see {@link Reports}). */
    private static JsonPath feasibility(GoalSpec goal, String asOf) {
        JsonPath json = Reports.get("/api/v1/reviews/goals/" + goal.goalId() + "/feasibility", Map.of("asOf", asOf));
        assertThat(json.getString("goalId")).isEqualTo(goal.goalId().toString());
        return json;
    }

    @Test
    void aTeamRevenueGoalIsAStretchAtHalfTheRequiredCoverage() {
        JsonPath json = feasibility(TEAM_REVENUE, AS_OF);

        assertThat(json.getString("verdict")).isEqualTo("STRETCH");
        assertThat(json.getString("metric")).isEqualTo("REVENUE_WON");
        assertThat(json.getString("asOf")).isEqualTo(AS_OF);
        assertThat(Reports.num(json, "coverage")).isEqualByComparingTo("2.50");
        assertThat(Reports.num(json, "requiredCoverage")).isEqualByComparingTo("5.00");

        assertThat(Reports.num(json, "required.target")).isEqualByComparingTo("1000000");
        assertThat(Reports.num(json, "required.actual")).isEqualByComparingTo("600000");
        assertThat(Reports.num(json, "required.remaining")).isEqualByComparingTo("400000");
        assertThat(json.getInt("required.remainingWorkingDays")).isEqualTo(21);
        assertThat(json.getInt("required.daysLeft")).isEqualTo(29);
        assertThat(json.getInt("required.deals")).isEqualTo(2);
        assertThat(json.getInt("required.opportunities")).isEqualTo(10);

        assertThat(json.getInt("history.windowDays")).isEqualTo(180);
        assertThat(json.getString("history.from")).isEqualTo("2025-09-04");
        assertThat(json.getString("history.to")).isEqualTo(AS_OF);
        assertThat(json.getInt("history.wonDeals")).isEqualTo(2);
        assertThat(json.getInt("history.lostDeals")).isEqualTo(8);
        assertThat(Reports.num(json, "history.winRate")).isEqualByComparingTo("0.2");
        assertThat(Reports.num(json, "history.averageDealSize")).isEqualByComparingTo("300000");
        assertThat(Reports.num(json, "history.averageCycleDays")).isEqualByComparingTo("20");

        assertThat(Reports.num(json, "openPipeline.amount")).isEqualByComparingTo("1000000");
        assertThat(json.getInt("openPipeline.deals")).isEqualTo(4);
        assertThat(Reports.num(json, "openPipeline.overdueAmount")).isEqualByComparingTo("250000");
        assertThat(json.getInt("openPipeline.overdueDeals")).isEqualTo(1);

        assertThat(json.getList("reasons", String.class)).containsExactly(
                "400 000 of the 1 000 000 target remains, with 21 working days left until 2026-03-31",
                "in the last 180 days 2 of 10 closed deals were won (20 % win rate), 300 000 on average, after 20 "
                        + "days on average",
                "at 300 000 per deal that is 2 more deals won; at a 20 % win rate 10 opportunities to work",
                "open pipeline expected to close by 2026-03-31 covers 2.50× the remaining 400 000; 5.00× is needed "
                        + "at a 20 % win rate",
                "1 open deal worth 250 000 was expected to close before 2026-03-02 and is not counted");
    }

    @Test
    void aTeamDealGoalComparesOpenDealsWithTheDealsLeft() {
        JsonPath json = feasibility(TEAM_DEALS, AS_OF);

        assertThat(Reports.num(json, "required.remaining")).isEqualByComparingTo("2");
        assertThat(json.getInt("required.deals")).isEqualTo(2);
        assertThat(json.getInt("required.opportunities")).isEqualTo(10);
        assertThat(Reports.num(json, "coverage")).isEqualByComparingTo("2.00");
        assertThat(Reports.num(json, "requiredCoverage")).isEqualByComparingTo("5.00");
        assertThat(json.getString("verdict")).isEqualTo("UNREALISTIC");
    }

    @Test
    void withoutHistoryTheAnswerSaysSoAndAssumesNoWinRate() {
        JsonPath json = feasibility(NEWCOMER_REVENUE, AS_OF);

        assertThat(json.getString("verdict")).isEqualTo("STRETCH");
        assertThat(json.getString("requiredCoverage")).isNull();
        assertThat(Reports.num(json, "coverage")).isEqualByComparingTo("1.50");
        assertThat(json.getString("history.winRate")).isNull();
        assertThat(json.getString("required.deals")).isNull();
        assertThat(json.getList("reasons", String.class)).contains(
                "no closed deals in the last 180 days: win rate, average deal size and cycle length unknown",
                "open pipeline expected to close by 2026-03-31 covers 1.50× the remaining 100 000: enough only if "
                        + "at least 66.67 % of it is won");
    }

    /**
     * A week later: the 200 000 deal won on 2026-03-10 counts (3 of 4 deals), the window (from
     * 2025-09-12) has dropped the loss of 2025-09-04 and holds its 59-day cycle: win rate 3 ÷ 10,
     * cycle (20 + 20 + 59) ÷ 3 = 33 days, longer than the 21 days left. The deal created on
     * 2026-03-05 has joined the pipeline and the one expected on 2026-03-02 is overdue.
     */
    @Test
    void aLaterAsOfReplaysThatDay() {
        JsonPath json = feasibility(TEAM_DEALS, "2026-03-10");

        assertThat(Reports.num(json, "required.actual")).isEqualByComparingTo("3");
        assertThat(Reports.num(json, "required.remaining")).isEqualByComparingTo("1");
        assertThat(json.getInt("required.remainingWorkingDays")).isEqualTo(15);
        assertThat(json.getInt("required.daysLeft")).isEqualTo(21);
        assertThat(json.getInt("required.deals")).isEqualTo(1);
        assertThat(json.getInt("required.opportunities")).isEqualTo(4);
        assertThat(json.getString("history.from")).isEqualTo("2025-09-12");
        assertThat(json.getInt("history.wonDeals")).isEqualTo(3);
        assertThat(json.getInt("history.lostDeals")).isEqualTo(7);
        assertThat(Reports.num(json, "history.averageCycleDays")).isEqualByComparingTo("33");
        assertThat(json.getInt("openPipeline.deals")).isEqualTo(3);
        assertThat(Reports.num(json, "openPipeline.amount")).isEqualByComparingTo("1020000");
        assertThat(json.getInt("openPipeline.overdueDeals")).isEqualTo(2);
        assertThat(Reports.num(json, "openPipeline.overdueAmount")).isEqualByComparingTo("330000");
        assertThat(Reports.num(json, "coverage")).isEqualByComparingTo("3.00");
        assertThat(Reports.num(json, "requiredCoverage")).isEqualByComparingTo("3.33");
        assertThat(json.getString("verdict")).isEqualTo("UNREALISTIC");
        assertThat(json.getList("reasons", String.class)).contains("the average cycle of 33 days is longer than the "
                + "21 days left: new opportunities are unlikely to close in time");
    }

    private static ValidatableResponse problem(String goalId, Map<String, ?> query, int status) {
        return given().queryParams(query).get(PATH, goalId).then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void anUnknownOrMalformedGoalIsNotFound() {
        UUID unknown = UUID.randomUUID();
        problem(unknown.toString(), Map.of(), 404).body("detail", containsString(unknown.toString()));
        problem("not-a-uuid", Map.of(), 404).body("detail", containsString("not-a-uuid"));
    }

    @Test
    void aMalformedAsOfIsABadRequest() {
        problem(TEAM_REVENUE.goalId().toString(), Map.of("asOf", "2026-02-30"), 400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void anActivityGoalIsNotAssessed() {
        problem(TEAM_CALLS.goalId().toString(), Map.of("asOf", AS_OF), 422)
                .body("type", equalTo("https://salesplan.io/problems/feasibility-not-applicable"))
                .body("detail", containsString("REVENUE_WON and DEALS_WON"));
    }
}
