package io.salesplan.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    private JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationHasASummaryAndDescribesItsProblemResponses() throws Exception {
        JsonNode doc = document();
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!List.of("get", "post", "patch", "delete", "put").contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                assertThat(op.getValue().path("summary").asText()).as(name + " summary").isNotBlank();
                JsonNode responses = op.getValue().get("responses");
                assertThat(responses.properties().stream().anyMatch(r -> r.getKey().startsWith("2")))
                        .as(name + " success response").isTrue();
                boolean hasProblem = responses.properties().stream().anyMatch(r -> r.getKey().startsWith("4"));
                assertThat(hasProblem).as(name + " problem responses").isTrue();
            }
        }
        assertThat(operations).contains("GET /api/v1/reps/{id}", "POST /api/v1/goals/{id}/decompose",
                "POST /api/v1/goals/{id}/action-plan", "POST /api/v1/goals/{id}/adjustments/{adjustmentId}/accept",
                "GET /api/v1/goals/{id}/tree", "DELETE /api/v1/goals/{id}", "PATCH /api/v1/teams/{id}");
    }

    @Test
    void problemResponsesAreProblemJsonAndEnumsListTheirValues() throws Exception {
        JsonNode doc = document();
        JsonNode badRequest = doc.at("/components/responses/BadRequest/content");
        assertThat(badRequest.has("application/problem+json")).isTrue();
        JsonNode metric = doc.at("/components/schemas/Metric/enum");
        assertThat(metric.toString()).contains("REVENUE_WON", "SALES_CYCLE_DAYS");
        assertThat(doc.at("/components/schemas/NewGoal/properties/period/examples").toString()).contains("2026-Q1");
    }
}
