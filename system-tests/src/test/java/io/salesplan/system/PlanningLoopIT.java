package io.salesplan.system;

import static io.salesplan.system.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.platform.period.WorkingDays;
import io.salesplan.system.Suite.Service;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The article's loop, end to end through the public APIs of the four running services, each step
 * done by the person who would do it with their own token: an admin sets up a team of ten reps and
 * its manager and a company revenue key result of 10 000 000 for 2026 decomposed to the team; the
 * manager splits the team's target by quarter and applies the action plan; reps run their own deals
 * through the pipeline (won, lost, skipped, reopened) and log a visit by hand; a CRM integration posts
 * activities in batches with retries and duplicates; the manager reads the review numbers, each
 * computed here from what the test did, and closes a retrospective whose adjustment they accept; a
 * rep reads their daily plan. Along the way, each person is refused what is not theirs. Business
 * dates lie in the first half of 2026 and reports are asked "as of" 2026-06-30, so the numbers do
 * not depend on today's date.
 */
class PlanningLoopIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String Q = "?asOf=" + AS_OF;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Api.Caller> sellers = new HashMap<>();
    private final Map<String, Api.Caller> dealOwners = new HashMap<>();
    private Api.Caller crm;

    @Test
    void planExecuteReviewAdjust() {
        Suite.get();

        // -- the sales organisation, set up by an admin --------------------------------------------
        String team = Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "East China " + run)).path("id").asText();
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reps.add(Api.create(Service.GOALS, "/api/v1/reps", obj().put("name", "Rep " + i).put("teamId", team)
                    .put("email", email("rep" + i))).path("id").asText());
        }
        // the manager's own rep record sits in a leadership team, so they carry none of the team's quota
        String leadership = Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "Leadership " + run))
                .path("id").asText();
        String managerRep = Api.create(Service.GOALS, "/api/v1/reps", obj().put("name", "Wang Fang")
                .put("teamId", leadership).put("email", email("manager"))).path("id").asText();
        assertThat(Api.send(Service.GOALS, "PATCH", "/api/v1/teams/" + team, obj().put("managerId", managerRep)).status())
                .isEqualTo(200);
        Api.Caller manager = Api.as(Suite.tokens().forRole("manager", email("manager")));
        Api.Caller seller0 = Api.as(Suite.tokens().forRole("rep", email("rep0")));
        Api.Caller seller1 = Api.as(Suite.tokens().forRole("rep", email("rep1")));
        sellers.put(reps.get(0), seller0);
        sellers.put(reps.get(1), seller1);
        crm = Api.as(Suite.tokens().forRole("integration", null));
        // the other services learn the people from goals-service's events; until then they refuse them
        String lastRep = reps.get(9);
        awaitAllowed(manager, Service.PIPELINE, "/api/v1/opportunities?ownerId=" + lastRep);
        awaitAllowed(manager, Service.ACTIVITY, "/api/v1/activities?ownerId=" + lastRep);
        awaitAllowed(manager, Service.REVIEW, "/api/v1/retrospectives?scopeType=REP&scopeId=" + lastRep);
        for (Api.Caller seller : List.of(seller0, seller1)) {
            awaitAllowed(seller, Service.PIPELINE, "/api/v1/opportunities?limit=1");
            awaitAllowed(seller, Service.ACTIVITY, "/api/v1/activities?limit=1");
        }

        // -- goals: objective, key result, decomposed to the team and by quarter -----------------
        String objective = Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Lead the East China market")
                .put("type", "OBJECTIVE").put("ownerType", "COMPANY").put("period", "2026")).path("id").asText();
        String keyResult = Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Revenue won in 2026")
                .put("type", "KEY_RESULT").put("parentId", objective).put("ownerType", "COMPANY").put("period", "2026")
                .put("metric", "REVENUE_WON").put("targetValue", 10_000_000)).path("id").asText();
        ObjectNode onlyOurTeam = obj().put("by", "OWNER");
        onlyOurTeam.putObject("weights").put(team, 1);
        JsonNode toTeams = Api.create(Service.GOALS, "/api/v1/goals/" + keyResult + "/decompose", onlyOurTeam);
        JsonNode teamGoal = child(toTeams, team);
        assertThat(teamGoal.path("targetValue").decimalValue()).isEqualByComparingTo("10000000");
        String teamGoalId = teamGoal.path("id").asText();

        assertThat(manager.post(Service.GOALS, "/api/v1/goals/" + keyResult + "/decompose", onlyOurTeam).status())
                .as("a manager may not split the company's target").isEqualTo(403);
        JsonNode quarters = manager.create(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/decompose",
                obj().put("by", "PERIOD").put("into", "QUARTER")).path("children");
        assertThat(quarters).hasSize(4);
        Map<String, String> quarterGoal = new HashMap<>();
        for (JsonNode q : quarters) {
            assertThat(q.path("targetValue").decimalValue()).isEqualByComparingTo("2500000");
            quarterGoal.put(q.path("period").asText(), q.path("id").asText());
        }

        // -- action plan: the funnel run backwards ----------------------------------------------
        ObjectNode plan = obj().put("averageDealSize", 100_000).put("winRate", 0.2).put("apply", false);
        plan.putObject("activitiesPerOpportunity").put("VISIT", 3).put("CALL", 10);
        JsonNode preview = manager.create(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/action-plan", plan);
        assertThat(preview.path("workingDays").asInt()).isEqualTo(261);
        assertThat(preview.path("totals").path("deals").asInt()).isEqualTo(100);
        assertThat(preview.path("totals").path("opportunities").asInt()).isEqualTo(500);
        assertThat(preview.path("totals").path("activities").path("VISIT").asInt()).isEqualTo(1500);
        assertThat(preview.path("owners")).hasSize(10);
        for (JsonNode owner : preview.path("owners")) {
            assertThat(owner.path("revenue").decimalValue()).isEqualByComparingTo("1000000");
            assertThat(owner.path("deals").asInt()).isEqualTo(10);
            assertThat(owner.path("opportunities").asInt()).isEqualTo(50);
            assertThat(owner.path("activities").path("VISIT").asInt()).isEqualTo(150);
            assertThat(owner.path("activities").path("CALL").asInt()).isEqualTo(500);
            assertThat(owner.path("perWorkingDay").path("VISIT").decimalValue()).isEqualByComparingTo("0.58");
            assertThat(owner.path("perWeek").path("VISIT").decimalValue()).isEqualByComparingTo("2.88");
        }
        plan.put("apply", true);
        manager.create(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/action-plan", plan);
        manager.create(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/action-plan", plan);
        JsonNode dealGoals = manager.get(Service.GOALS, "/api/v1/goals?parentId=" + teamGoalId + "&metric=DEALS_WON").body();
        assertThat(dealGoals.path("items")).as("a second apply updates, never duplicates").hasSize(10);
        assertThat(dealGoals.path("items").get(0).path("createdBy").asText()).isEqualTo(email("manager"));
        assertThat(seller0.get(Service.GOALS, "/api/v1/goals?parentId=" + teamGoalId + "&metric=DEALS_WON").body()
                .path("items")).as("a rep sees their own KPI, not their colleagues'").hasSize(1);

        // -- the pipeline ------------------------------------------------------------------------
        String rep0 = reps.get(0);
        String rep1 = reps.get(1);
        String account = seller0.create(Service.PIPELINE, "/api/v1/accounts", obj().put("name", "Hangzhou Tea " + run)
                .put("industry", "Retail").put("region", "East China").put("size", "MID")).path("id").asText();
        String factory = seller0.create(Service.PIPELINE, "/api/v1/accounts", obj().put("name", "Ningbo Pumps " + run)
                .put("industry", "Manufacturing").put("region", "East China").put("size", "LARGE")).path("id").asText();
        String o1 = opportunity(rep0, factory, 100_000, "2026-02-02");
        assertThat(seller1.get(Service.PIPELINE, "/api/v1/opportunities/" + o1).status())
                .as("a colleague's deal does not exist for a rep").isEqualTo(404);
        assertThat(seller1.post(Service.PIPELINE, "/api/v1/opportunities", obj().put("name", "Not mine")
                .put("accountId", account).put("ownerId", rep0).put("amount", 1)).status())
                .as("a rep creates deals for themselves only").isEqualTo(403);
        assertThat(Api.get(Service.PIPELINE, "/api/v1/opportunities/" + o1).body().path("createdBy").asText())
                .isEqualTo(email("rep0"));
        move(o1, "NEEDS_ANALYSIS", "2026-02-10", null, null);
        move(o1, "PROPOSAL", "2026-02-20", null, null);
        move(o1, "NEGOTIATION", "2026-03-02", null, null);
        move(o1, "WON", "2026-03-10", null, 120_000);
        String o2 = opportunity(rep0, account, 80_000, "2026-02-03");
        move(o2, "PROPOSAL", "2026-02-12", null, null);
        move(o2, "LOST", "2026-02-25", "PRICE", null);
        String o3 = opportunity(rep0, account, 50_000, "2026-02-04");
        move(o3, "NEEDS_ANALYSIS", "2026-02-15", null, null);
        move(o3, "PROPOSAL", "2026-03-01", null, null);
        move(o3, "LOST", "2026-03-05", "COMPETITOR", null);
        String o4 = opportunity(rep0, factory, 200_000, "2026-02-05");
        move(o4, "WON", "2026-03-20", null, null);
        move(o4, "NEGOTIATION", "2026-04-01", null, null);
        move(o4, "WON", "2026-04-15", null, null);
        String o5 = opportunity(rep0, account, 60_000, "2026-02-06");
        assertThat(seller0.get(Service.PIPELINE, "/api/v1/opportunities/" + o5).body().path("forecastCategory").asText())
                .as("INITIAL_CONTACT's probability 0.10 maps to PIPELINE").isEqualTo("PIPELINE");
        Api.Response called = seller0.send(Service.PIPELINE, "PATCH", "/api/v1/opportunities/" + o5,
                obj().put("forecastCategory", "COMMIT"), null);
        assertThat(called.status()).as(called.text()).isEqualTo(200);
        assertThat(called.body().path("forecastCategory").asText()).isEqualTo("COMMIT");
        String o6 = opportunity(rep1, account, 90_000, "2026-03-02");
        move(o6, "PROPOSAL", "2026-03-10", null, null);
        move(o6, "WON", "2026-03-25", null, null);
        String o7 = opportunity(rep1, account, 40_000, "2026-03-03");
        move(o7, "LOST", "2026-03-15", "NO_BUDGET", null);
        assertThat(seller0.get(Service.PIPELINE, "/api/v1/opportunities/" + o4 + "/history").body().path("items"))
                .extracting(m -> m.path("to").asText()).containsExactly("WON", "NEGOTIATION", "WON");
        JsonNode lostDeal = seller0.get(Service.PIPELINE, "/api/v1/opportunities/" + o2).body();
        assertThat(lostDeal.path("lostReasonCode").asText()).isEqualTo("PRICE");
        assertThat(lostDeal.path("forecastCategory").asText()).isEqualTo("OMITTED");
        assertThat(seller0.get(Service.PIPELINE, "/api/v1/opportunities/" + o1).body().path("forecastCategory").asText())
                .isEqualTo("CLOSED");

        // -- activities: a CRM in batches, with a retry and duplicates, and one by hand ----------
        ArrayNode items = Api.JSON.createArrayNode();
        for (int i = 0; i < 4; i++) {
            items.add(crm(rep0, o1, "VISIT", "2026-02-0" + (5 + i), "v" + i));
        }
        items.add(crm(rep0, o1, "DEMO", "2026-02-18", "d0"));
        for (int i = 0; i < 3; i++) {
            items.add(crm(rep0, o2, "CALL", "2026-02-1" + i, "c" + i));
        }
        items.add(crm(rep0, o5, "CALL", "2026-02-20", "c3"));
        items.add(crm(rep0, o5, "CALL", "2026-02-21", "c4"));
        items.add(crm(rep0, o5, "CALL", "2026-02-21", "c4"));
        JsonNode first = batch(items);
        assertThat(first.path("created").asInt()).isEqualTo(10);
        assertThat(first.path("duplicates").asInt()).isEqualTo(1);
        assertThat(first.path("results").get(10).path("status").asText()).isEqualTo("DUPLICATE");
        JsonNode retry = batch(items);
        assertThat(retry.path("created").asInt()).as("a retried batch stores nothing twice").isZero();
        assertThat(retry.path("duplicates").asInt()).isEqualTo(11);
        Api.Response byHand = seller1.post(Service.ACTIVITY, "/api/v1/activities", obj().put("type", "VISIT")
                .put("ownerId", rep1).put("opportunityId", o6).put("occurredAt", "2026-03-05T10:00:00Z"));
        assertThat(byHand.status()).isEqualTo(201);
        assertThat(byHand.body().path("accountId").asText()).as("filled in from the opportunity").isEqualTo(account);

        // -- review: variance of the team goal and its quarters ----------------------------------
        BigDecimal won = new BigDecimal("410000");
        await().atMost(Duration.ofSeconds(90)).until(() ->
                manager.get(Service.REVIEW, "/api/v1/reviews/goals/" + teamGoalId + Q).body().path("actual")
                        .decimalValue().compareTo(won) == 0);
        JsonNode variance = manager.get(Service.REVIEW, "/api/v1/reviews/goals/" + teamGoalId + Q).body();
        int elapsed = WorkingDays.between(LocalDate.of(2026, 1, 1), AS_OF);
        BigDecimal target = new BigDecimal("10000000");
        BigDecimal expected = target.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(261), 2, RoundingMode.HALF_UP);
        assertThat(variance.path("target").decimalValue()).isEqualByComparingTo(target);
        assertThat(variance.path("variance").decimalValue()).isEqualByComparingTo(won.subtract(target));
        assertThat(variance.path("attainment").decimalValue()).isEqualByComparingTo("0.0410");
        assertThat(variance.path("expectedToDate").decimalValue()).isEqualByComparingTo(expected);
        assertThat(variance.path("paceVariance").decimalValue()).isEqualByComparingTo(won.subtract(expected));
        assertThat(variance.path("projected").decimalValue()).isEqualByComparingTo(
                won.multiply(BigDecimal.valueOf(261)).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP));
        assertThat(variance.path("status").asText()).isEqualTo("BEHIND");
        Map<String, BigDecimal> byQuarter = new HashMap<>();
        for (JsonNode childVariance : variance.path("children")) {
            byQuarter.put(childVariance.path("goalId").asText(), childVariance.path("actual").decimalValue());
        }
        assertThat(byQuarter.get(quarterGoal.get("2026-Q1"))).isEqualByComparingTo("210000");
        assertThat(byQuarter.get(quarterGoal.get("2026-Q2"))).as("the reopened deal counts when it was won again")
                .isEqualByComparingTo("200000");

        // -- review: the conversion cohort and its biggest leak ----------------------------------
        String window = "ownerType=TEAM&ownerId=" + team + "&from=2026-01-01&to=2026-06-30&asOf=" + AS_OF;
        JsonNode conversion = manager.get(Service.REVIEW, "/api/v1/reviews/conversion?" + window).body();
        assertThat(seller0.get(Service.REVIEW, "/api/v1/reviews/conversion?" + window).status())
                .as("a rep reads reports about themselves only").isEqualTo(403);
        Map<String, JsonNode> stages = new HashMap<>();
        conversion.path("stages").forEach(s -> stages.put(s.path("stage").asText(), s));
        assertThat(conversion.path("stages")).extracting(s -> s.path("stage").asText())
                .containsExactly("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON");
        assertThat(stages.get("INITIAL_CONTACT").path("reached").asInt()).isEqualTo(7);
        assertThat(stages.get("NEEDS_ANALYSIS").path("reached").asInt()).as("skipping a stage reaches it").isEqualTo(5);
        assertThat(stages.get("PROPOSAL").path("reached").asInt()).isEqualTo(5);
        assertThat(stages.get("NEGOTIATION").path("reached").asInt()).isEqualTo(3);
        assertThat(stages.get("WON").path("reached").asInt()).isEqualTo(3);
        assertThat(stages.get("INITIAL_CONTACT").path("conversionToNext").asDouble()).isCloseTo(5.0 / 7, within(1e-4));
        assertThat(stages.get("PROPOSAL").path("conversionToNext").asDouble()).isCloseTo(0.6, within(1e-4));
        assertThat(conversion.path("winRate").asDouble()).isCloseTo(0.5, within(1e-4));
        assertThat(conversion.path("biggestLeak").asText()).isEqualTo("PROPOSAL");

        // -- review: activity effectiveness -------------------------------------------------------
        JsonNode effectiveness = manager.get(Service.REVIEW, "/api/v1/reviews/activity-effectiveness?" + window).body();
        Map<String, JsonNode> types = new HashMap<>();
        effectiveness.path("types").forEach(t -> types.put(t.path("type").asText(), t));
        assertThat(types.get("VISIT").path("activities").asInt()).isEqualTo(5);
        assertThat(types.get("VISIT").path("opportunitiesTouched").asInt()).isEqualTo(2);
        assertThat(types.get("VISIT").path("wonOpportunities").asInt()).isEqualTo(2);
        assertThat(types.get("VISIT").path("winRate").asDouble()).isCloseTo(1.0, within(1e-4));
        assertThat(types.get("VISIT").path("activitiesPerWonDeal").asDouble()).isCloseTo(2.5, within(1e-4));
        assertThat(types.get("CALL").path("activities").asInt()).isEqualTo(5);
        assertThat(types.get("CALL").path("wonOpportunities").asInt()).isZero();
        assertThat(types.get("CALL").path("winRate").asDouble()).as("one touched deal closed, and lost").isZero();
        assertThat(types.get("CALL").path("activitiesPerWonDeal").isNull()).isTrue();
        assertThat(types.get("DEMO").path("activitiesPerWonDeal").asDouble()).isCloseTo(1.0, within(1e-4));

        // -- the daily plan re-paces what is left of rep 0's targets -------------------------------
        LocalDate monday = LocalDate.of(2026, 6, 29);
        int daysLeft = WorkingDays.between(monday, LocalDate.of(2026, 12, 31));
        JsonNode dailyPlan = seller0.get(Service.REVIEW, "/api/v1/reviews/daily-plan?repId=" + rep0 + "&date=" + monday).body();
        assertThat(seller1.get(Service.REVIEW, "/api/v1/reviews/daily-plan?repId=" + rep0 + "&date=" + monday).status())
                .isEqualTo(403);
        Map<String, JsonNode> planItems = new HashMap<>();
        dailyPlan.path("items").forEach(i -> planItems.put(i.path("metric").asText() + "/" + i.path("activityType").asText(""), i));
        assertThat(planItems.keySet()).contains("ACTIVITIES/VISIT", "ACTIVITIES/CALL", "OPPORTUNITIES_CREATED/");
        assertDaily(planItems.get("ACTIVITIES/VISIT"), 150 - 4, daysLeft);
        assertDaily(planItems.get("ACTIVITIES/CALL"), 500 - 5, daysLeft);
        assertDaily(planItems.get("OPPORTUNITIES_CREATED/"), 50 - 5, daysLeft);

        // -- the leaderboard ------------------------------------------------------------------------
        JsonNode board = manager.get(Service.REVIEW, "/api/v1/reviews/leaderboard?teamId=" + team
                + "&period=2026&metric=DEALS_WON&asOf=" + AS_OF).body().path("items");
        assertThat(board).hasSize(10);
        assertThat(board.get(0).path("repId").asText()).isEqualTo(rep0);
        assertThat(board.get(0).path("actual").asInt()).isEqualTo(2);
        assertThat(board.get(1).path("repId").asText()).isEqualTo(rep1);
        assertThat(board.get(2).path("rank").asInt()).as("the other eight tie").isEqualTo(board.get(9).path("rank").asInt());

        // -- feasibility: 3 won and 3 lost in the window, one open deal of 60 000 closing by June ------
        JsonNode feasibility = manager.get(Service.REVIEW, "/api/v1/reviews/goals/" + teamGoalId + "/feasibility" + Q).body();
        BigDecimal remaining = target.subtract(won);
        assertThat(feasibility.path("required").path("remaining").decimalValue()).isEqualByComparingTo(remaining);
        assertThat(feasibility.path("history").path("windowDays").asInt()).isEqualTo(180);
        assertThat(feasibility.path("history").path("wonDeals").asInt()).isEqualTo(3);
        assertThat(feasibility.path("history").path("lostDeals").asInt()).isEqualTo(3);
        assertThat(feasibility.path("history").path("winRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(feasibility.path("history").path("averageDealSize").decimalValue()).isEqualByComparingTo("136666.67");
        assertThat(feasibility.path("history").path("averageCycleDays").decimalValue())
                .as("36, 69 (the reopened deal, to its second win) and 23 days").isEqualByComparingTo("42.67");
        long dealsNeeded = remaining.multiply(BigDecimal.valueOf(3)).divide(won, 0, RoundingMode.CEILING).longValue();
        assertThat(feasibility.path("required").path("deals").asLong()).isEqualTo(dealsNeeded);
        assertThat(feasibility.path("required").path("opportunities").asLong()).isEqualTo(dealsNeeded * 2);
        assertThat(feasibility.path("openPipeline").path("amount").decimalValue()).isEqualByComparingTo("60000");
        assertThat(feasibility.path("coverage").decimalValue()).isEqualByComparingTo(
                new BigDecimal("60000").divide(remaining, 2, RoundingMode.HALF_UP));
        assertThat(feasibility.path("requiredCoverage").decimalValue()).isEqualByComparingTo("2");
        assertThat(feasibility.path("verdict").asText()).isEqualTo("UNREALISTIC");
        assertThat(feasibility.path("reasons")).isNotEmpty();

        // -- segments: the factory's two deals both won, the tea shop's converted one in four ---------
        JsonNode industries = manager.get(Service.REVIEW, "/api/v1/reviews/segments?dimension=industry&minDeals=1&"
                + window).body();
        assertThat(seller0.get(Service.REVIEW, "/api/v1/reviews/segments?dimension=industry&" + window).status())
                .as("a rep reads reports about themselves only").isEqualTo(403);
        assertThat(industries.path("items")).extracting(i -> i.path("segment").asText())
                .containsExactly("Manufacturing", "Retail");
        JsonNode manufacturing = industries.path("items").get(0);
        assertThat(manufacturing.path("created").asInt()).isEqualTo(2);
        assertThat(manufacturing.path("won").asInt()).isEqualTo(2);
        assertThat(manufacturing.path("lost").asInt()).isZero();
        assertThat(manufacturing.path("winRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(manufacturing.path("revenueWon").decimalValue()).isEqualByComparingTo("320000");
        assertThat(manufacturing.path("averageDealSize").decimalValue()).isEqualByComparingTo("160000");
        assertThat(manufacturing.path("meanCycleDays").decimalValue()).as("(36 + 69) ÷ 2").isEqualByComparingTo("52.5");
        assertThat(manufacturing.path("activitiesPerWonDeal").decimalValue()).as("5 on o1, none on o4")
                .isEqualByComparingTo("2.5");
        JsonNode retail = industries.path("items").get(1);
        assertThat(retail.path("created").asInt()).isEqualTo(5);
        assertThat(retail.path("won").asInt()).isEqualTo(1);
        assertThat(retail.path("lost").asInt()).isEqualTo(3);
        assertThat(retail.path("winRate").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(retail.path("revenueWon").decimalValue()).isEqualByComparingTo("90000");
        assertThat(retail.path("meanCycleDays").decimalValue()).isEqualByComparingTo("23");
        assertThat(retail.path("activitiesPerWonDeal").decimalValue()).as("the visit by hand").isEqualByComparingTo("1");
        assertThat(industries.path("best").asText()).isEqualTo("Manufacturing");
        assertThat(industries.path("worst").asText()).isEqualTo("Retail");

        // -- lost reasons: three deals lost, one each, the larger amount first ----------------------
        JsonNode lost = manager.get(Service.REVIEW, "/api/v1/reviews/lost-reasons?" + window).body();
        assertThat(lost.path("lost").asInt()).isEqualTo(3);
        assertThat(lost.path("amount").decimalValue()).isEqualByComparingTo("170000");
        assertThat(lost.path("items")).extracting(i -> i.path("code").asText())
                .containsExactly("PRICE", "COMPETITOR", "NO_BUDGET");
        assertThat(lost.path("items").get(0).path("amount").decimalValue()).isEqualByComparingTo("80000");
        assertThat(lost.path("items").get(0).path("share").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(lost.path("items").get(0).path("byStage").path("PROPOSAL").asInt()).isEqualTo(1);
        assertThat(lost.path("items").get(2).path("byStage").path("INITIAL_CONTACT").asInt()).isEqualTo(1);

        // -- the forecast of Q2: 200 000 won (o4 again), o5's 60 000 committed by its owner --------
        String q2 = "ownerType=TEAM&ownerId=" + team + "&period=2026-Q2&asOf=" + AS_OF;
        JsonNode forecast = manager.get(Service.REVIEW, "/api/v1/reviews/forecast?" + q2).body();
        assertThat(forecast.path("target").decimalValue()).isEqualByComparingTo("2500000");
        assertThat(forecast.path("targetGoalId").asText()).isEqualTo(quarterGoal.get("2026-Q2"));
        assertThat(forecast.path("won").decimalValue()).isEqualByComparingTo("200000");
        assertThat(forecast.path("commit").decimalValue()).isEqualByComparingTo("60000");
        assertThat(forecast.path("bestCase").decimalValue()).isEqualByComparingTo("0");
        assertThat(forecast.path("pipeline").decimalValue()).isEqualByComparingTo("0");
        assertThat(forecast.path("weightedPipeline").decimalValue()).as("60 000 × 0.10").isEqualByComparingTo("6000");
        assertThat(forecast.path("gap").decimalValue()).as("2 500 000 − (200 000 + 60 000)")
                .isEqualByComparingTo("2240000");
        assertThat(seller1.get(Service.REVIEW, "/api/v1/reviews/forecast?" + q2).status()).isEqualTo(403);
        ObjectNode call = obj().put("ownerType", "TEAM").put("ownerId", team).put("period", "2026-Q2")
                .put("amount", 250_000).put("note", "o5 slips");
        assertThat(seller0.post(Service.REVIEW, "/api/v1/forecasts", call).status())
                .as("a rep calls their own number only").isEqualTo(403);
        JsonNode submitted = manager.create(Service.REVIEW, "/api/v1/forecasts", call);
        assertThat(submitted.path("submittedBy").asText()).isEqualTo(email("manager"));
        assertThat(submitted.path("actual").decimalValue()).as("Q2 has ended").isEqualByComparingTo("200000");
        assertThat(submitted.path("accuracy").decimalValue()).as("200 000 ÷ 250 000").isEqualByComparingTo("0.8");
        assertThat(manager.get(Service.REVIEW, "/api/v1/forecasts?ownerType=TEAM&ownerId=" + team).body().path("items"))
                .extracting(i -> i.path("id").asText()).containsExactly(submitted.path("id").asText());

        // -- a quarterly retrospective with an adjustment, closed, accepted in goals-service --------
        assertThat(seller0.post(Service.REVIEW, "/api/v1/retrospectives", obj().put("cadence", "QUARTERLY")
                .put("scopeType", "TEAM").put("scopeId", team).put("period", "2026-Q1")).status()).isEqualTo(403);
        Api.Response retro = manager.post(Service.REVIEW, "/api/v1/retrospectives", obj().put("cadence", "QUARTERLY")
                .put("scopeType", "TEAM").put("scopeId", team).put("period", "2026-Q1"));
        assertThat(retro.status()).as(retro.text()).isEqualTo(201);
        assertThat(retro.body().path("findings")).anyMatch(f -> f.asText().contains("REVENUE_WON"));
        String retroId = retro.id();
        ObjectNode patch = obj();
        ObjectNode action = patch.putArray("actions").addObject().put("description", "Lower the plan to what the team can reach")
                .put("ownerId", rep0).put("dueDate", "2026-04-15");
        action.putObject("adjustment").put("goalId", teamGoalId).put("newTargetValue", 8_000_000).put("reason", "Two reps left");
        Api.Response patched = manager.send(Service.REVIEW, "PATCH", "/api/v1/retrospectives/" + retroId, patch,
                retro.raw().headers().firstValue("etag").orElseThrow());
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(manager.post(Service.REVIEW, "/api/v1/retrospectives/" + retroId + "/close", null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).until(() ->
                manager.get(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/adjustments").body().path("items").size() == 1);
        JsonNode proposal = manager.get(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/adjustments").body().path("items").get(0);
        assertThat(proposal.path("createdBy").asText()).as("proposed by whoever closed the retrospective")
                .isEqualTo(email("manager"));
        assertThat(proposal.path("status").asText()).isEqualTo("PENDING");
        assertThat(proposal.path("retrospectiveId").asText()).isEqualTo(retroId);
        assertThat(proposal.path("newTargetValue").decimalValue()).isEqualByComparingTo("8000000");
        Api.Response accepted = manager.post(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/adjustments/"
                + proposal.path("id").asText() + "/accept", null);
        assertThat(accepted.status() / 100).as(accepted.text()).isEqualTo(2);

        BigDecimal newTarget = new BigDecimal("8000000");
        JsonNode history = manager.get(Service.GOALS, "/api/v1/goals/" + teamGoalId + "/history").body().path("items");
        JsonNode change = history.get(history.size() - 1);
        assertThat(change.path("field").asText()).isEqualTo("targetValue");
        assertThat(change.path("to").asText()).isEqualTo("8000000");
        assertThat(change.path("actor").asText()).isEqualTo(email("manager"));
        assertThat(change.path("reason").asText()).contains("retrospective " + retroId);
        await().atMost(Duration.ofSeconds(60)).until(() -> manager.get(Service.REVIEW, "/api/v1/reviews/goals/" + teamGoalId + Q)
                .body().path("target").decimalValue().compareTo(newTarget) == 0);
        JsonNode adjusted = manager.get(Service.REVIEW, "/api/v1/reviews/goals/" + teamGoalId + Q).body();
        assertThat(adjusted.path("expectedToDate").decimalValue()).isEqualByComparingTo(newTarget
                .multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(261), 2, RoundingMode.HALF_UP));
        assertThat(adjusted.path("attainment").decimalValue()).isEqualByComparingTo("0.0513");
    }

    private String email(String who) {
        return who + "." + run + "@example.com";
    }

    /** Waits until a service knows the caller and their scope (it learns both from goals-service's events). */
    private static void awaitAllowed(Api.Caller caller, Service service, String path) {
        await().atMost(Duration.ofSeconds(60)).until(() -> caller.get(service, path).status() == 200);
    }

    private static void assertDaily(JsonNode item, int remaining, int daysLeft) {
        assertThat(item.path("remaining").asInt()).isEqualTo(remaining);
        assertThat(item.path("remainingWorkingDays").asInt()).isEqualTo(daysLeft);
        assertThat(item.path("requiredToday").asLong()).isEqualTo((remaining + daysLeft - 1) / daysLeft);
        assertThat(item.path("doneToday").asInt()).isZero();
    }

    private static JsonNode child(JsonNode decomposition, String ownerId) {
        for (JsonNode child : decomposition.path("children")) {
            if (ownerId.equals(child.path("ownerId").asText())) {
                return child;
            }
        }
        throw new AssertionError("no child owned by " + ownerId + " in " + decomposition);
    }

    /** A deal the rep creates for themselves; they move it too. */
    private String opportunity(String owner, String account, long amount, String createdOn) {
        Api.Caller seller = sellers.get(owner);
        String id = seller.create(Service.PIPELINE, "/api/v1/opportunities", obj().put("name", "Deal " + run + " " + amount)
                .put("accountId", account).put("ownerId", owner).put("amount", amount)
                .put("expectedCloseDate", "2026-06-30").put("createdAt", createdOn + "T09:00:00Z")).path("id").asText();
        dealOwners.put(id, seller);
        return id;
    }

    private void move(String opportunity, String stage, String on, String lostReasonCode, Integer amount) {
        ObjectNode body = obj().put("stage", stage).put("at", on + "T12:00:00Z");
        if (lostReasonCode != null) {
            body.put("lostReasonCode", lostReasonCode);
        }
        if (amount != null) {
            body.put("amount", amount);
        }
        Api.Response r = dealOwners.get(opportunity).post(Service.PIPELINE, "/api/v1/opportunities/" + opportunity + "/stage", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    private ObjectNode crm(String owner, String opportunity, String type, String on, String externalId) {
        return obj().put("type", type).put("ownerId", owner).put("opportunityId", opportunity)
                .put("occurredAt", on + "T10:00:00Z").put("source", "crm-" + run).put("externalId", externalId);
    }

    /** The CRM integration posts a batch. */
    private JsonNode batch(ArrayNode items) {
        ObjectNode body = obj();
        body.set("items", items);
        Api.Response r = crm.post(Service.ACTIVITY, "/api/v1/activities/batch", body);
        assertThat(r.status() / 100).as(r.text()).isEqualTo(2);
        return r.body();
    }
}
