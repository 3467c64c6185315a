package io.salesplan.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Reports;
import io.salesplan.review.support.World;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documented rebuild: empty the read model and the inbox (with the operator's script), deliver
 * every event of the topics again from the beginning, and get the same reports, also for a manager
 * whose scope is read from the rebuilt organisation.
 */
@QuarkusTest
class RebuildTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String AS_OF = "2026-02-13";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void replayingTheTopicsIntoAnEmptyReadModelGivesIdenticalReports() throws Exception {
        World world = new World();
        Feed.send(world.events());
        await().atMost(WAIT).untilAsserted(() -> ReportsFromEventsTest.assertWorldVariance(world));
        Feed.awaitConsumed(WAIT);
        List<Object> before = reports(world);

        String script = Files.readString(Path.of("ops/truncate-read-model.sql"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
        assertThat(Reports.goalStatus(world.teamRevenue.goalId())).isEqualTo(404);

        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        List<Feed.Event> everything = new ArrayList<>();
        for (String topic : List.of("salesplan.goals", "salesplan.pipeline", "salesplan.activities")) {
            topics.readAll(topic).forEach(r -> everything.add(new Feed.Event(topic, r.key(), r.value())));
        }
        Feed.send(everything);
        await().atMost(WAIT).untilAsserted(() -> ReportsFromEventsTest.assertWorldVariance(world));
        Feed.awaitConsumed(WAIT);

        assertThat(reports(world)).isEqualTo(before);
    }

    private static List<Object> reports(World world) {
        List<Object> reports = new ArrayList<>();
        // as T's manager: their scope comes from the rebuilt copy of the organisation
        reports.add(given().headers(TestCallers.bearer(TestCallers.manager(Producers.email(world.r1))))
                .queryParam("asOf", AS_OF).get("/api/v1/reviews/goals/{id}", world.teamRevenue.goalId())
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        for (var goal : List.of(world.teamRevenue, world.teamDeals, world.teamWinRate, world.teamDealSize,
                world.r1Cycle, world.r1Calls, world.subTeamOpportunities)) {
            reports.add(Reports.goal(goal.goalId(), AS_OF).getMap("$"));
        }
        reports.add(Reports.get("/api/v1/reviews/variance", Map.of("ownerType", "COMPANY", "period", "2026-Q1",
                "asOf", AS_OF)).getMap("$"));
        reports.add(Reports.get("/api/v1/reviews/conversion", Map.of("ownerType", "TEAM", "ownerId", world.teamT,
                "from", "2026-01-01", "pipelineId", world.pipeline, "asOf", AS_OF)).getMap("$"));
        reports.add(Reports.get("/api/v1/reviews/activity-effectiveness", Map.of("asOf", AS_OF, "from",
                "2026-01-01")).getMap("$"));
        return reports;
    }
}
