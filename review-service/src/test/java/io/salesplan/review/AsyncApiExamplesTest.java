package io.salesplan.review;

import static io.salesplan.review.support.Reports.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salesplan.infra.AsyncApiExample;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.review.goal.TargetPrecisionTest;
import io.salesplan.review.support.Reports;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * review-service applies the examples of docs/asyncapi.yaml for every event type it consumes, exactly as
 * written there (the document is their single source): each one lands in the read model at its version,
 * none is dead-lettered, and the reports then tell the examples' story — East China's quarter with its
 * adjusted revenue target, Li Wei's won deal, a win-rate target of 0.2525 kept to the last decimal.
 */
@QuarkusTest
class AsyncApiExamplesTest {

    private static final String SERVICE = "review-service";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final UUID REVENUE_GOAL = UUID.fromString("9a1c4b7e-5d2f-4e8a-b3c6-0f1e2d3c4b5a");
    private static final UUID VISITS_GOAL = UUID.fromString("7f8e9d0c-1b2a-4c3d-9e4f-5a6b7c8d9e0f");
    private static final UUID WIN_RATE_GOAL = UUID.fromString("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f");
    private static final String LI_WEI = "3d6f1a2b-9c4e-4f8a-b1d2-7e5c6a9b0f13";
    private static final String DEFAULT_PIPELINE = "00000000-0000-4000-8000-000000000001";

    /** How each consumed type shows in the read model: a row of the aggregate at the example's version. */
    private static final Map<String, String> APPLIED = Map.of(
            "team", "select count(*) from rm_team where team_id = ?::uuid and version = ? and manager_id is not distinct from ?::uuid",
            "rep", "select count(*) from rm_rep where rep_id = ?::uuid and version = ? and email = ?",
            "goal", "select count(*) from rm_goal where goal_id = ?::uuid and version = ? and status = ?",
            "pipeline", "select count(*) from rm_pipeline where pipeline_id = ?::uuid and version = ? and is_default = ?",
            "opportunity", "select count(*) from rm_opportunity where opportunity_id = ?::uuid and version = ? and stage = ?",
            "activity", "select count(*) from rm_activity where activity_id = ?::uuid and version = ? and type = ?");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyExampleOfEveryConsumedTypeIsAppliedAndTheReportsTellItsStory() {
        List<AsyncApiExample> examples = AsyncApiExample.consumedBy(SERVICE);
        assertThat(examples).extracting(AsyncApiExample::type).containsOnly(
                "salesplan.team.created.v1", "salesplan.team.updated.v1", "salesplan.rep.created.v1",
                "salesplan.rep.updated.v1", "salesplan.goal.created.v1", "salesplan.goal.updated.v1",
                "salesplan.goal.archived.v1", "salesplan.pipeline.defined.v1", "salesplan.opportunity.created.v1",
                "salesplan.opportunity.updated.v1", "salesplan.opportunity.stage-changed.v1",
                "salesplan.activity.logged.v1", "salesplan.activity.updated.v1", "salesplan.activity.deleted.v1");
        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        for (AsyncApiExample example : examples) {
            topics.send(example.topic(), example.payload().path("subject").asText(), example.payload().toString());
            await(example.type() + " " + example.payload().path("id").asText()).atMost(WAIT)
                    .until(() -> count(appliedQuery(example), appliedParameters(example)) == 1);
        }
        for (String topic : List.of("salesplan.goals", "salesplan.pipeline", "salesplan.activities")) {
            assertThat(topics.readAll(topic + ".dlt")).as("dead letters of " + topic)
                    .noneMatch(r -> examples.stream().anyMatch(e -> r.value().contains(e.payload().path("id").asText())));
        }

        JsonPath revenue = Reports.goal(REVENUE_GOAL, "2026-03-31");
        assertThat(num(revenue, "target")).as("the updated target").isEqualByComparingTo("2200000");
        assertThat(num(revenue, "actual")).as("Li Wei's won deal counts for his team").isEqualByComparingTo("118000");
        assertThat(TargetPrecisionTest.reportedTarget(WIN_RATE_GOAL)).isEqualTo(new BigDecimal("0.2525"));
        assertThat(num(Reports.goal(WIN_RATE_GOAL, "2026-03-31"), "actual")).as("one won, none lost")
                .isEqualByComparingTo("1");
        assertThat(Reports.get("/api/v1/reviews/variance", Map.of("ownerType", "REP", "ownerId", LI_WEI,
                "period", "2026-Q1", "asOf", "2026-03-31")).getList("items.goalId"))
                .as("the archived visits KPI drops out").containsExactly(WIN_RATE_GOAL.toString())
                .doesNotContain(VISITS_GOAL.toString());

        JsonPath funnel = Reports.get("/api/v1/reviews/conversion", Map.of("ownerType", "REP", "ownerId", LI_WEI,
                "from", "2026-01-01", "to", "2026-03-31", "pipelineId", DEFAULT_PIPELINE, "asOf", "2026-03-31"));
        assertThat(funnel.getList("stages.stage")).containsExactly("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL",
                "NEGOTIATION", "WON");
        assertThat(funnel.getList("stages.reached").stream().map(Object::toString)).containsExactly("1", "1", "1", "1", "1");
        JsonPath effectiveness = Reports.get("/api/v1/reviews/activity-effectiveness", Map.of("ownerType", "REP",
                "ownerId", LI_WEI, "from", "2026-03-01", "to", "2026-03-31", "asOf", "2026-03-31"));
        assertThat(effectiveness.getList("types.type")).containsExactly("CALL", "VISIT", "DEMO", "EMAIL", "MEETING",
                "OTHER");
        assertThat(effectiveness.getList("types.activities").stream().map(Object::toString))
                .as("the task's call; the visit became a meeting and was deleted").containsExactly("1", "0", "0", "0", "0", "0");
    }

    private long count(String sql, List<Object> parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String appliedQuery(AsyncApiExample example) {
        return APPLIED.get(example.type().split("\\.")[1]);
    }

    /** The aggregate id, the example's version and one field that differs between its versions. */
    private static List<Object> appliedParameters(AsyncApiExample example) {
        JsonNode data = example.payload().path("data");
        Object field = switch (example.type().split("\\.")[1]) {
            case "team" -> data.path("managerId").isNull() ? null : data.path("managerId").asText();
            case "rep" -> data.path("email").asText();
            case "goal" -> data.path("status").asText();
            case "pipeline" -> data.path("isDefault").asBoolean();
            case "opportunity" -> data.path("stage").asText();
            case "activity" -> data.path("type").asText();
            default -> throw new IllegalArgumentException(example.type());
        };
        List<Object> parameters = new ArrayList<>();
        parameters.add(example.payload().path("subject").asText());
        parameters.add(data.path("version").asLong());
        parameters.add(field);
        return parameters;
    }
}
