package io.salesplan.review.goal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.GoalSpec;
import io.salesplan.review.support.Reports;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Targets keep the producer's precision: goals-service stores and publishes them with up to 4 decimals
 * (numeric(19,4)), and so does this copy — a win rate of 0.2525 used to come back as 0.25.
 */
@QuarkusTest
public class TargetPrecisionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AS_OF = "2026-06-30";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFourDecimalRatioTargetIsStoredAndReportedExactlyAndSoIsItsChange() throws SQLException {
        UUID team = UUID.randomUUID();
        UUID rep = UUID.randomUUID();
        GoalSpec winRate = new GoalSpec(UUID.randomUUID(), null, "REP", rep, "2026-Q2", "WIN_RATE", null, "0.2525");
        GoalSpec dealSize = new GoalSpec(UUID.randomUUID(), null, "REP", rep, "2026-Q2", "AVERAGE_DEAL_SIZE", null,
                "123456789012345.67");
        Feed.send(List.of(Producers.team(team, null, 0), Producers.rep(rep, team, 0), winRate.created(),
                dealSize.created()));
        await().atMost(WAIT).until(() -> Reports.goalStatus(winRate.goalId()) == 200
                && Reports.goalStatus(dealSize.goalId()) == 200);

        assertThat(reportedTarget(winRate.goalId())).isEqualTo(new BigDecimal("0.2525"));
        assertThat(stored(winRate.goalId())).isEqualTo(new BigDecimal("0.2525"));
        assertThat(reportedTarget(dealSize.goalId())).as("the largest amount goals-service can hold")
                .isEqualTo(new BigDecimal("123456789012345.67"));

        Feed.send(List.of(winRate.updated("0.0001", 1)));
        await().atMost(WAIT).until(() -> stored(winRate.goalId()).compareTo(new BigDecimal("0.0001")) == 0);
        assertThat(reportedTarget(winRate.goalId())).isEqualTo(new BigDecimal("0.0001"));
    }

    /** The variance report's target, read as the exact decimal the JSON carries. */
    public static BigDecimal reportedTarget(UUID goalId) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("asOf", AS_OF).get("/api/v1/reviews/goals/{id}", goalId)
                .then().statusCode(200).extract().jsonPath().get("target");
    }

    private BigDecimal stored(UUID goalId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select target_value from rm_goal where goal_id = ?")) {
            s.setObject(1, goalId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
