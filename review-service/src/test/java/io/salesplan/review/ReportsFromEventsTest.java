package io.salesplan.review;

import static io.salesplan.review.support.Reports.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Reports;
import io.salesplan.review.support.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Publishes the producers' events into the real broker and checks the reports to the cent. Each
 * test builds its own {@link World} with fresh ids, so tests do not see each other's data.
 */
@QuarkusTest
class ReportsFromEventsTest {

    private static final String AS_OF = "2026-02-13";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void teamVarianceRollsUpMembersAndSubTeamsForEveryMetric() {
        World world = new World();
        Feed.send(world.events());
        await().atMost(WAIT).untilAsserted(() -> assertWorldVariance(world));
    }

    @Test
    void afterThePeriodTheLateWinCountsAndTheTargetIsMissed() {
        World world = new World();
        Feed.send(world.events());
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath team = Reports.goal(world.teamRevenue.goalId(), "2026-04-01");
            assertThat(num(team, "actual")).isEqualByComparingTo("600000.50");
            assertThat(num(team, "expectedToDate")).isEqualByComparingTo("1000000");
            assertThat(team.getString("status")).isEqualTo("MISSED");
        });
        JsonPath beforeStart = Reports.goal(world.teamRevenue.goalId(), "2025-12-31");
        assertThat(num(beforeStart, "actual")).isEqualByComparingTo("0");
        assertThat(num(beforeStart, "expectedToDate")).isEqualByComparingTo("0");
        assertThat(beforeStart.getString("projected")).isNull();
    }

    @Test
    void conversionFunnelOfTheTeamsCohortFromTheStageHistory() {
        World world = new World();
        Feed.send(world.events());
        await().atMost(WAIT).untilAsserted(() -> assertWorldConversion(world));
    }

    @Test
    void activityEffectivenessJoinsActivitiesToTheDealsTheyTouched() {
        World world = new World();
        Feed.send(world.events());
        await().atMost(WAIT).untilAsserted(() -> assertWorldEffectiveness(world));
    }

    @Test
    void aShuffledDeliveryWithEveryEventTwiceGivesTheSameReportsAsTheOrderedOne() {
        World ordered = new World();
        World shuffled = new World();
        Feed.send(ordered.events());
        Feed.send(Feed.shuffledWithDuplicates(shuffled.events(), 20260213L));
        for (World world : List.of(ordered, shuffled)) {
            await().atMost(WAIT).untilAsserted(() -> {
                assertWorldVariance(world);
                assertWorldConversion(world);
                assertWorldEffectiveness(world);
            });
        }
        assertThat(withoutIds(everyReport(shuffled))).isEqualTo(withoutIds(everyReport(ordered)));
    }

    @Test
    void eventsDeliveredAgainChangeNothing() {
        World world = new World();
        List<Feed.Event> events = world.events();
        Feed.send(events);
        await().atMost(WAIT).untilAsserted(() -> assertWorldVariance(world));
        // every event of every type redelivered (same ids) in reverse order, then published again under
        // new ids (a producer replaying its outbox): versions already seen change nothing
        List<Feed.Event> again = new ArrayList<>(events);
        Collections.reverse(again);
        events.forEach(event -> again.add(Feed.republished(event)));
        Feed.send(again);
        Feed.awaitConsumed(WAIT);
        assertWorldVariance(world);
        assertWorldConversion(world);
        assertWorldEffectiveness(world);
    }

    static void assertWorldVariance(World world) {
        JsonPath team = Reports.goal(world.teamRevenue.goalId(), AS_OF);
        assertThat(team.getString("metric")).isEqualTo("REVENUE_WON");
        assertThat(team.getString("ownerType")).isEqualTo("TEAM");
        assertThat(team.getString("periodStart")).isEqualTo("2026-01-01");
        assertThat(team.getString("periodEnd")).isEqualTo("2026-03-31");
        assertThat(team.getString("asOf")).isEqualTo(AS_OF);
        assertThat(num(team, "target")).isEqualByComparingTo("1000000");
        // o1 300000 (amount corrected after the win) + o2 200000.50 via the sub-team; not o4 (other team),
        // not o6 (won after asOf), not o7 (reopened)
        assertThat(num(team, "actual")).isEqualByComparingTo("500000.50");
        assertThat(num(team, "variance")).isEqualByComparingTo("-499999.50");
        assertThat(num(team, "attainment")).isEqualByComparingTo("0.5");
        assertThat(num(team, "expectedToDate")).isEqualByComparingTo("500000");
        assertThat(num(team, "paceVariance")).isEqualByComparingTo("0.50");
        assertThat(num(team, "projected")).isEqualByComparingTo("1000001.00");
        assertThat(team.getString("status")).isEqualTo("ON_TRACK");
        assertThat(team.getList("children.goalId")).containsExactlyInAnyOrder(
                world.r1Revenue.goalId().toString(), world.r2Revenue.goalId().toString());
        int r1 = team.getList("children.goalId").indexOf(world.r1Revenue.goalId().toString());
        int r2 = 1 - r1;
        assertThat(num(team, "children[" + r1 + "].actual")).isEqualByComparingTo("300000");
        assertThat(num(team, "children[" + r1 + "].expectedToDate")).isEqualByComparingTo("300000");
        assertThat(team.getString("children[" + r1 + "].status")).isEqualTo("ON_TRACK");
        assertThat(num(team, "children[" + r2 + "].actual")).isEqualByComparingTo("200000.50");
        assertThat(team.getString("children[" + r2 + "].status")).isEqualTo("ON_TRACK");

        JsonPath list = Reports.get("/api/v1/reviews/variance", Map.of("ownerType", "TEAM", "ownerId", world.teamT,
                "period", "2026-Q1", "asOf", AS_OF));
        assertThat(list.getList("items.goalId")).containsExactlyInAnyOrder(world.teamRevenue.goalId().toString(),
                world.teamDeals.goalId().toString(), world.teamWinRate.goalId().toString(),
                world.teamDealSize.goalId().toString());

        JsonPath deals = Reports.goal(world.teamDeals.goalId(), AS_OF);
        assertThat(num(deals, "target")).isEqualByComparingTo("10");
        assertThat(num(deals, "actual")).isEqualByComparingTo("2");
        assertThat(num(deals, "expectedToDate")).isEqualByComparingTo("5");
        assertThat(deals.getString("status")).isEqualTo("BEHIND");

        JsonPath winRate = Reports.goal(world.teamWinRate.goalId(), AS_OF);
        assertThat(num(winRate, "actual")).isEqualByComparingTo("0.6667");
        assertThat(winRate.getString("expectedToDate")).isNull();
        assertThat(winRate.getString("status")).isEqualTo("ON_TRACK");

        JsonPath dealSize = Reports.goal(world.teamDealSize.goalId(), AS_OF);
        assertThat(num(dealSize, "actual")).isEqualByComparingTo("250000.25");
        assertThat(dealSize.getString("status")).isEqualTo("ON_TRACK");

        JsonPath cycle = Reports.goal(world.r1Cycle.goalId(), AS_OF);
        assertThat(num(cycle, "actual")).isEqualByComparingTo("15");
        assertThat(cycle.getString("direction")).isEqualTo("AT_MOST");
        assertThat(cycle.getString("status")).isEqualTo("ON_TRACK");

        // 5 and 6 January, 13 February (asOf itself), and the visit retyped to a call; not the deleted
        // one nor the one on 14 February
        JsonPath calls = Reports.goal(world.r1Calls.goalId(), AS_OF);
        assertThat(num(calls, "actual")).isEqualByComparingTo("4");
        assertThat(num(calls, "expectedToDate")).isEqualByComparingTo("32");
        assertThat(calls.getString("status")).isEqualTo("BEHIND");

        JsonPath opportunities = Reports.goal(world.subTeamOpportunities.goalId(), AS_OF);
        assertThat(num(opportunities, "actual")).isEqualByComparingTo("2");
        assertThat(opportunities.getString("status")).isEqualTo("ON_TRACK");
    }

    static void assertWorldConversion(World world) {
        JsonPath funnel = Reports.get("/api/v1/reviews/conversion", Map.of("ownerType", "TEAM",
                "ownerId", world.teamT, "from", "2026-01-01", "to", "2026-03-31", "pipelineId", world.pipeline,
                "asOf", AS_OF));
        assertThat(funnel.getList("stages.stage")).containsExactly("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL",
                "NEGOTIATION", "WON");
        assertThat(funnel.getInt("cohort")).isEqualTo(5);
        assertThat(funnel.getList("stages.reached").stream().map(Object::toString))
                .containsExactly("5", "3", "3", "3", "2");
        assertThat(num(funnel, "stages[0].conversionToNext")).isEqualByComparingTo("0.6");
        assertThat(num(funnel, "stages[1].conversionToNext")).isEqualByComparingTo("1");
        assertThat(num(funnel, "stages[3].conversionToNext")).isEqualByComparingTo("0.6667");
        assertThat(funnel.getList("stages.dropOff").stream().map(String::valueOf))
                .containsExactly("2", "0", "0", "1", "null");
        assertThat(num(funnel, "stages[0].meanDaysInStage")).isEqualByComparingTo("6");
        assertThat(num(funnel, "stages[1].meanDaysInStage")).isEqualByComparingTo("12");
        assertThat(num(funnel, "stages[2].meanDaysInStage")).isEqualByComparingTo("26");
        assertThat(funnel.getString("stages[3].meanDaysInStage")).isNull();
        assertThat(num(funnel, "winRate")).isEqualByComparingTo("0.6667");
        assertThat(funnel.getString("biggestLeak")).isEqualTo("INITIAL_CONTACT");
    }

    static void assertWorldEffectiveness(World world) {
        JsonPath effectiveness = Reports.get("/api/v1/reviews/activity-effectiveness", Map.of("ownerType", "TEAM",
                "ownerId", world.teamT, "from", "2026-01-01", "to", "2026-03-31", "asOf", AS_OF));
        assertThat(effectiveness.getList("types.type")).containsExactly("CALL", "VISIT", "DEMO", "EMAIL", "MEETING",
                "OTHER");
        assertThat(num(effectiveness, "types[0].activities")).isEqualByComparingTo("5");
        assertThat(num(effectiveness, "types[0].opportunitiesTouched")).isEqualByComparingTo("4");
        assertThat(num(effectiveness, "types[0].wonOpportunities")).isEqualByComparingTo("2");
        assertThat(num(effectiveness, "types[0].winRate")).isEqualByComparingTo("0.6667");
        assertThat(num(effectiveness, "types[0].activitiesPerWonDeal")).isEqualByComparingTo("2.5");
        assertThat(num(effectiveness, "types[1].activities")).isEqualByComparingTo("1");
        assertThat(num(effectiveness, "types[1].winRate")).isEqualByComparingTo("1");
        assertThat(num(effectiveness, "types[1].activitiesPerWonDeal")).isEqualByComparingTo("1");
        assertThat(num(effectiveness, "types[2].activities")).isEqualByComparingTo("0");
        assertThat(effectiveness.getString("types[2].activitiesPerWonDeal")).isNull();
    }

    private static List<Object> everyReport(World world) {
        List<Object> reports = new ArrayList<>();
        for (var goal : List.of(world.teamRevenue, world.teamDeals, world.teamWinRate, world.teamDealSize,
                world.r1Cycle, world.r1Calls, world.subTeamOpportunities)) {
            reports.add(Reports.goal(goal.goalId(), AS_OF).getMap("$"));
        }
        reports.add(Reports.get("/api/v1/reviews/conversion", Map.of("ownerType", "TEAM", "ownerId", world.teamT,
                "from", "2026-01-01", "pipelineId", world.pipeline, "asOf", AS_OF)).getMap("$"));
        reports.add(Reports.get("/api/v1/reviews/activity-effectiveness", Map.of("ownerType", "TEAM",
                "ownerId", world.teamT, "from", "2026-01-01", "asOf", AS_OF)).getMap("$"));
        return reports;
    }

    private static final Set<String> IDS = Set.of("goalId", "ownerId", "pipelineId", "title");

    private static Object withoutIds(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!IDS.contains(String.valueOf(k))) {
                    copy.put(k, withoutIds(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(withoutIds(v)));
            if (copy.stream().allMatch(Map.class::isInstance)) {
                copy.sort(Comparator.comparing(Object::toString));
            }
            return copy;
        }
        return value;
    }
}
