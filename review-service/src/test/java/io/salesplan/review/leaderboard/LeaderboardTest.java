package io.salesplan.review.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeaderboardTest {

    private static final String PATH = "/api/v1/reviews/leaderboard";

    @Test
    void repsOfTheTeamAndItsSubTeamRankByAttainmentThenActual() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        UUID team = UUID.randomUUID();
        UUID sub = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID halfSmall = UUID.randomUUID();
        UUID halfBig = UUID.randomUUID();
        UUID full = UUID.randomUUID();
        UUID halfSmallToo = UUID.randomUUID();
        UUID noGoal = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        UUID pipeline = UUID.randomUUID();
        List<Feed.Event> events = new ArrayList<>(List.of(Producers.team(team, null, 1), Producers.team(sub, team, 1),
                Producers.team(other, null, 1), Producers.rep(halfSmall, team, 1), Producers.rep(halfBig, team, 1),
                Producers.rep(full, sub, 1), Producers.rep(halfSmallToo, sub, 1), Producers.rep(noGoal, team, 1),
                Producers.rep(outsider, other, 1), Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 1)));
        record Target(UUID rep, String target, String won) {
        }
        for (Target t : List.of(new Target(halfSmall, "100000", "50000"), new Target(halfBig, "200000", "100000"),
                new Target(full, "50000", "50000"), new Target(halfSmallToo, "100000", "50000"),
                new Target(outsider, "10", "50000"))) {
            events.add(new GoalSpec(UUID.randomUUID(), null, "REP", t.rep(), "2026-Q1", "REVENUE_WON", null,
                    t.target()).created());
            Deal deal = new Deal(pipeline, t.rep(), "INITIAL_CONTACT", t.won(), "2026-01-10");
            events.add(deal.created());
            events.add(deal.move("WON", "2026-02-10"));
        }
        events.add(new GoalSpec(UUID.randomUUID(), null, "REP", noGoal, "2026-Q1", "DEALS_WON", null, "3").created());
        Feed.send(events);
        Feed.awaitConsumed(Duration.ofSeconds(60));

        JsonPath board = given().queryParams(Map.of("teamId", team, "period", "2026-Q1", "metric", "REVENUE_WON",
                "asOf", "2026-03-31")).get(PATH).then().statusCode(200).extract().jsonPath();

        assertThat(board.getList("items.repId")).hasSize(4).startsWith(full.toString(), halfBig.toString())
                .contains(halfSmall.toString(), halfSmallToo.toString());
        assertThat(board.getList("items.rank", Integer.class)).containsExactly(1, 2, 3, 3);
        assertThat(board.getList("items.attainment", Float.class)).containsExactly(1f, 0.5f, 0.5f, 0.5f);
        assertThat(board.getList("items.actual", Float.class)).containsExactly(50000f, 100000f, 50000f, 50000f);
        assertThat(board.getList("items.target", Float.class)).containsExactly(50000f, 200000f, 100000f, 100000f);
    }

    @Test
    void badParametersAreProblems() {
        given().queryParams(Map.of("teamId", UUID.randomUUID(), "period", "2026-Q1", "metric", "REVENUE_WON"))
                .get(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("teamId"));
        given().queryParams(Map.of("teamId", UUID.randomUUID(), "period", "2026-Q1", "metric", "HAPPINESS"))
                .get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("REVENUE_WON")).body("status", equalTo(400));
        given().queryParams(Map.of("teamId", UUID.randomUUID(), "metric", "REVENUE_WON")).get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("period"));
        given().queryParams(Map.of("period", "2026-Q1", "metric", "REVENUE_WON")).get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("teamId"));
    }
}
