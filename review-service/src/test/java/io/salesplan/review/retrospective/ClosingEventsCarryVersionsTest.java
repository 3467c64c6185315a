package io.salesplan.review.retrospective;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.GoalSpec;
import io.salesplan.review.support.Reports;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every payload carries a version (docs/events.md), the two review events too, added compatibly to v1:
 * a proposal is announced once (version 0); the closing carries the retrospective's version after closing,
 * the same number as the ETag the close answers.
 */
@QuarkusTest
class ClosingEventsCarryVersionsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PATH = "/api/v1/retrospectives";

    @Test
    void theProposalIsVersionZeroAndTheClosingCarriesTheClosedRetrospectivesVersion() {
        UUID team = UUID.randomUUID();
        UUID rep = UUID.randomUUID();
        GoalSpec revenue = new GoalSpec(UUID.randomUUID(), null, "REP", rep, "2026-Q1", "REVENUE_WON", null, "300000");
        Feed.send(List.of(Producers.team(team, null, 0), Producers.rep(rep, team, 0), revenue.created()));
        Awaitility.await().atMost(WAIT).until(() -> Reports.goalStatus(revenue.goalId()) == 200);

        String id = given().contentType(ContentType.JSON).body(Map.of("cadence", "QUARTERLY", "scopeType", "REP",
                "scopeId", rep.toString(), "period", "2026-Q1")).post(PATH).then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("actions", List.of(Map.of(
                "description", "Re-plan", "adjustment", Map.of("goalId", revenue.goalId().toString(),
                        "newTargetValue", new BigDecimal("250000.5"), "reason", "slow start")))))
                .patch(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().header("If-Match", "\"1\"").post(PATH + "/" + id + "/close").then().statusCode(200)
                .header("ETag", "\"2\"");

        List<EventEnvelope> published = Feed.published(id, 2, WAIT);
        EventEnvelope proposal = published.stream()
                .filter(e -> e.type().equals("salesplan.adjustment.proposed.v1")).findFirst().orElseThrow();
        assertThat(proposal.data().get("version").isIntegralNumber()).isTrue();
        assertThat(proposal.data().get("version").asLong()).isZero();
        assertThat(proposal.data().get("newTargetValue").decimalValue()).isEqualByComparingTo("250000.5");
        EventEnvelope closed = published.stream()
                .filter(e -> e.type().equals("salesplan.retrospective.closed.v1")).findFirst().orElseThrow();
        assertThat(closed.data().get("version").asLong()).as("the ETag of the closed retrospective").isEqualTo(2);
        assertThat(closed.data().get("adjustments").asInt()).isEqualTo(1);
    }
}
