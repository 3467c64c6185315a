package io.salesplan.goals.adjustment;

import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salesplan.goals.Api;
import io.salesplan.infra.AsyncApiExample;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * goals-service applies the examples of docs/asyncapi.yaml for every event type it consumes (the document
 * is their single source). A proposal can only be recorded for a goal that exists here, so the example's
 * goal is replaced by one this test creates; everything else is sent as written.
 */
@QuarkusTest
class AsyncApiExamplesTest {

    private static final String SERVICE = "goals-service";

    @Test
    void everyProposalExampleIsRecordedAsAPendingAdjustmentAndNoneIsDeadLettered() {
        List<AsyncApiExample> examples = AsyncApiExample.consumedBy(SERVICE);
        assertThat(examples).extracting(AsyncApiExample::type).containsOnly("salesplan.adjustment.proposed.v1").isNotEmpty();
        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        for (AsyncApiExample example : examples) {
            String goal = Api.goal(keyResult("COMPANY", null, "2026-Q1", "REVENUE_WON", new BigDecimal("2500000")));
            ObjectNode event = example.payload().deepCopy();
            event.put("subject", goal);
            ((ObjectNode) event.path("data")).put("goalId", goal);
            topics.send(example.topic(), goal, event.toString());

            JsonNode data = example.payload().path("data");
            await().atMost(Duration.ofSeconds(30)).until(() -> !adjustments(goal).getList("items").isEmpty());
            JsonPath recorded = adjustments(goal);
            assertThat(recorded.getList("items")).hasSize(1);
            assertThat(recorded.getString("items[0].id")).isEqualTo(data.path("adjustmentId").asText());
            assertThat(recorded.getString("items[0].retrospectiveId")).isEqualTo(data.path("retrospectiveId").asText());
            assertThat(recorded.getString("items[0].goalId")).isEqualTo(goal);
            assertThat((BigDecimal) recorded.get("items[0].newTargetValue"))
                    .isEqualByComparingTo(data.path("newTargetValue").decimalValue());
            assertThat(recorded.getString("items[0].reason")).isEqualTo(data.path("reason").asText());
            assertThat(recorded.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(recorded.getString("items[0].createdBy")).isEqualTo(example.payload().path("actor").asText());
            assertThat(topics.readAll(example.topic() + ".dlt")).noneMatch(r -> goal.equals(r.key()));
        }
    }

    private static JsonPath adjustments(String goal) {
        return json().get("/api/v1/goals/" + goal + "/adjustments").then().statusCode(200).extract().jsonPath();
    }
}
