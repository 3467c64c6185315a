package io.salesplan.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.salesplan.infra.ResponseValidation;
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

    @Test
    void everyOperationHasItsStableNameAndResponsesSayWhatIsAlwaysThereAndWhatMayBeNull() throws Exception {
        JsonNode doc = document();
        Map<String, String> names = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                names.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().path("operationId").asText());
            }
        }
        assertThat(names).containsEntry("GET /api/v1/goals", "listGoals")
                .containsEntry("POST /api/v1/goals", "createGoal")
                .containsEntry("GET /api/v1/goals/{id}", "getGoal")
                .containsEntry("PATCH /api/v1/goals/{id}", "updateGoal")
                .containsEntry("DELETE /api/v1/goals/{id}", "archiveGoal")
                .containsEntry("GET /api/v1/goals/{id}/tree", "getGoalTree")
                .containsEntry("GET /api/v1/goals/{id}/history", "getGoalHistory")
                .containsEntry("POST /api/v1/goals/{id}/decompose", "decomposeGoal")
                .containsEntry("POST /api/v1/goals/{id}/action-plan", "planGoalActions")
                .containsEntry("GET /api/v1/goals/{id}/adjustments", "listPlanAdjustments")
                .containsEntry("POST /api/v1/goals/{id}/adjustments/{adjustmentId}/accept", "acceptPlanAdjustment")
                .containsEntry("POST /api/v1/goals/{id}/adjustments/{adjustmentId}/reject", "rejectPlanAdjustment")
                .containsEntry("GET /api/v1/teams", "listTeams")
                .containsEntry("GET /api/v1/me", "getMe");
        assertThat(new java.util.HashSet<>(names.values())).hasSize(names.size()).doesNotContain("");

        JsonNode goal = doc.at("/components/schemas/Goal");
        assertThat(goal.get("required").toString()).contains("\"id\"", "\"title\"", "\"parentId\"", "\"metric\"",
                "\"version\"");
        assertThat(goal.at("/properties/title/type").asText()).isEqualTo("string");
        // a nullable enum stays the named enum, so that generators type it as Metric | null
        assertThat(goal.at("/properties/metric/anyOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/Metric\"},{\"type\":\"null\"}]");
        JsonNode page = doc.at("/components/schemas/PageGoalResponse");
        assertThat(page.get("required").toString()).isEqualTo("[\"items\",\"nextCursor\"]");
        assertThat(page.at("/properties/nextCursor/type").toString()).isEqualTo("[\"string\",\"null\"]");
    }

    @Test
    void everyResponseOfTheseTestsIsJudgedAgainstTheDocument() {
        assertThat(RestAssured.filters()).anyMatch(ResponseValidation.class::isInstance);
    }
}
