package io.salesplan.review;

import static io.restassured.RestAssured.given;
import static io.salesplan.review.support.Reports.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import io.salesplan.review.support.Reports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every report reflects the latest truth after corrections arrive as events. */
@QuarkusTest
class CorrectionsTest {

    private static final String AS_OF = "2026-05-29";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final UUID team = UUID.randomUUID();
    private final UUID repA = UUID.randomUUID();
    private final UUID repB = UUID.randomUUID();
    private final UUID pipeline = UUID.randomUUID();
    private final GoalSpec revenueA = goal(repA, "REVENUE_WON", null, "1000");
    private final GoalSpec dealsA = goal(repA, "DEALS_WON", null, "5");
    private final GoalSpec callsA = goal(repA, "ACTIVITIES", "CALL", "10");
    private final GoalSpec openedA = goal(repA, "OPPORTUNITIES_CREATED", null, "3");
    private final GoalSpec revenueB = goal(repB, "REVENUE_WON", null, "100");
    private final Deal d1 = new Deal(pipeline, repA, "INITIAL_CONTACT", "100", "2026-04-01");
    private final Deal d2 = new Deal(pipeline, repA, "INITIAL_CONTACT", "50", "2026-04-02");
    private final Deal d3 = new Deal(pipeline, repA, "INITIAL_CONTACT", "40", "2026-04-03");
    private final Act c1 = new Act("CALL", repA, "2026-04-05", d1.id);
    private final Act c2 = new Act("CALL", repA, "2026-04-06", d1.id);
    private final Act c3 = new Act("CALL", repA, "2026-04-07", d2.id);

    private static GoalSpec goal(UUID rep, String metric, String activityType, String target) {
        return new GoalSpec(UUID.randomUUID(), null, "REP", rep, "2026-Q2", metric, activityType, target);
    }

    @Test
    void correctionsOfEveryKindLeaveTheLatestTruthInEveryReport() {
        List<Feed.Event> first = new ArrayList<>(List.of(Producers.team(team, null, 0), Producers.rep(repA, team, 0),
                Producers.rep(repB, team, 0), Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0),
                revenueA.created(), dealsA.created(), callsA.created(), openedA.created(), revenueB.created(),
                d1.created(), d2.created(), d3.created()));
        Feed.Event d1Won = d1.move("WON", "2026-04-10");
        first.addAll(List.of(d1Won, d2.move("WON", "2026-04-12"), d3.move("WON", "2026-04-20"), c1.logged(),
                c2.logged(), c3.logged()));
        Feed.send(first);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(actual(revenueA)).isEqualByComparingTo("190");
            assertThat(actual(dealsA)).isEqualByComparingTo("3");
            assertThat(actual(callsA)).isEqualByComparingTo("3");
            assertThat(actual(revenueB)).isEqualByComparingTo("0");
        });
        assertThat(listedGoals()).contains(openedA.goalId().toString());

        Feed.send(List.of(
                d1.changeAmount("175"),                 // amount corrected after the win
                d2.move("NEGOTIATION", "2026-05-01"),   // won deal moved back: reopened
                d3.changeOwner(repB),                   // the win now belongs to rep B
                c1.deleted(),                           // activity deleted
                c2.retyped("EMAIL"),                    // activity corrected to another type
                revenueA.updated("500", 1),             // target changed
                openedA.archived("3", 1),               // goal archived
                Feed.republished(d1Won)));              // an old state again under a new event id: stale
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath revenue = Reports.goal(revenueA.goalId(), AS_OF);
            assertThat(num(revenue, "actual")).isEqualByComparingTo("175");
            assertThat(num(revenue, "target")).isEqualByComparingTo("500");
            assertThat(num(revenue, "attainment")).isEqualByComparingTo("0.35");
            assertThat(actual(dealsA)).isEqualByComparingTo("1");
            assertThat(actual(callsA)).isEqualByComparingTo("1");
            assertThat(actual(revenueB)).isEqualByComparingTo("40");
            assertThat(listedGoals()).doesNotContain(openedA.goalId().toString());
        });
        Feed.awaitConsumed(WAIT);
        assertThat(actual(revenueA)).isEqualByComparingTo("175");
        assertThat(listedGoals()).containsExactlyInAnyOrder(revenueA.goalId().toString(),
                dealsA.goalId().toString(), callsA.goalId().toString());
        // an archived goal drops out of lists but can still be read on its own
        assertThat(Reports.goal(openedA.goalId(), AS_OF).getString("goalId")).isEqualTo(openedA.goalId().toString());

        JsonPath effectiveness = Reports.get("/api/v1/reviews/activity-effectiveness", Map.of("ownerType", "REP",
                "ownerId", repA, "from", "2026-04-01", "to", "2026-06-30", "asOf", AS_OF));
        assertThat(num(effectiveness, "types[0].activities")).isEqualByComparingTo("1");
        assertThat(num(effectiveness, "types[3].activities")).isEqualByComparingTo("1");
        assertThat(num(effectiveness, "types[3].wonOpportunities")).isEqualByComparingTo("1");
    }

    private static java.math.BigDecimal actual(GoalSpec goal) {
        return num(Reports.goal(goal.goalId(), AS_OF), "actual");
    }

    private List<String> listedGoals() {
        return given().queryParam("ownerType", "REP").queryParam("ownerId", repA).queryParam("period", "2026-Q2")
                .queryParam("asOf", AS_OF)
                .get("/api/v1/reviews/variance").then().statusCode(200).extract().jsonPath().getList("items.goalId");
    }
}
