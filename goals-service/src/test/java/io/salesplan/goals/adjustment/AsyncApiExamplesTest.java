package io.salesplan.goals.adjustment;

import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.keyResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salesplan.goals.Api;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
        List<Example> examples = Example.consumedBy(SERVICE);
        assertThat(examples).extracting(Example::type).containsOnly("salesplan.adjustment.proposed.v1").isNotEmpty();
        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        for (Example example : examples) {
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

    /** One example of docs/asyncapi.yaml: the record value as written there, and the topic it goes to. */
    record Example(String topic, String type, JsonNode payload) {

        private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

        /** The examples of every message the service receives, in the document's order. */
        static List<Example> consumedBy(String service) {
            JsonNode doc;
            try {
                doc = YAML.readTree(Files.readString(file()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            List<Example> examples = new ArrayList<>();
            for (JsonNode operation : doc.path("operations")) {
                if (operation.path("action").asText().equals("receive")
                        && operation.path("tags").findValuesAsText("name").contains(service)) {
                    String topic = resolve(doc, operation.path("channel")).path("address").asText();
                    for (JsonNode ref : operation.path("messages")) {
                        JsonNode message = resolve(doc, ref);
                        message.path("examples").forEach(e -> examples.add(
                                new Example(topic, message.path("name").asText(), e.path("payload"))));
                    }
                }
            }
            return examples;
        }

        private static JsonNode resolve(JsonNode doc, JsonNode node) {
            JsonNode current = node;
            while (current.has("$ref")) {
                current = doc.at(current.get("$ref").asText().substring(1));
            }
            return current;
        }

        private static Path file() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve("docs/asyncapi.yaml"))) {
                    return dir.resolve("docs/asyncapi.yaml");
                }
            }
            throw new IllegalStateException("docs/asyncapi.yaml not found");
        }
    }
}
