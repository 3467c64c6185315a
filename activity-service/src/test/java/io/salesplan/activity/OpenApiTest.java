package io.salesplan.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.salesplan.infra.ResponseValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsDescribedWithItsErrorResponses() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/activities"))
                .body("paths.'/api/v1/activities'.post.summary", notNullValue())
                .body("paths.'/api/v1/activities'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/activities'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/activities/batch'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/activities/batch'.post.description",
                        org.hamcrest.Matchers.containsString("owner is outside the caller's scope is that item's INVALID"))
                .body("paths.'/api/v1/activities'.get.responses", hasKey("403"))
                .body("paths.'/api/v1/activities/{id}'.patch.responses", hasKey("412"))
                .body("paths.'/api/v1/activities/{id}'.delete.responses", hasKey("404"))
                .body("paths.'/api/v1/tasks/{id}/complete'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/reps/{id}/agenda'.get.responses", hasKey("404"))
                .body("components.schemas.ActivityType.enum", hasItems("CALL", "VISIT", "DEMO", "EMAIL", "MEETING", "OTHER"))
                .body("components.schemas.ActivityBatchResult.properties", hasKey("duplicates"))
                .body("components.schemas.NewActivity.required", hasItems("type", "ownerId"))
                .body("components.schemas.Activity.required", hasItems("createdBy", "updatedBy"))
                .body("components.schemas.Task.required", hasItems("createdBy", "updatedBy"))
                .body("components.schemas.ActivityBatch.properties.items.items.'$ref'",
                        org.hamcrest.Matchers.endsWith("/NewActivity"));
    }

    @Test
    void operationsHaveStableNamesAndEveryAlwaysWrittenPropertyIsRequiredWithNullExactlyWhereItCanBe() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        Map<String, String> names = new TreeMap<>();
        doc.get("paths").properties().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().forEach(op ->
                        names.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().path("operationId").asText())));
        assertThat(names).containsEntry("POST /api/v1/activities", "logActivity")
                .containsEntry("POST /api/v1/activities/batch", "logActivityBatch")
                .containsEntry("GET /api/v1/activities", "listActivities")
                .containsEntry("GET /api/v1/activities/{id}", "getActivity")
                .containsEntry("POST /api/v1/tasks/{id}/complete", "completeTask")
                .containsEntry("GET /api/v1/reps/{id}/agenda", "getRepAgenda");
        assertThat(new java.util.HashSet<>(names.values())).hasSize(names.size()).doesNotContain("");

        for (String schema : List.of("Activity", "Task")) {
            JsonNode s = doc.at("/components/schemas/" + schema);
            List<String> properties = new ArrayList<>();
            s.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            s.get("required").forEach(r -> required.add(r.asText()));
            assertThat(required).as(schema + " required").containsExactlyInAnyOrderElementsOf(properties);
        }
        JsonNode activity = doc.at("/components/schemas/Activity/properties");
        assertThat(activity.at("/notes/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(activity.at("/durationMinutes/type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(activity.at("/taskId/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(activity.at("/ownerId/anyOf").isMissingNode()).isTrue();
        assertThat(activity.at("/occurredAt/type").toString()).doesNotContain("null");
        assertThat(doc.at("/components/schemas/ActivityPage/properties/nextCursor/type").toString())
                .isEqualTo("[\"string\",\"null\"]");
    }

    @Test
    void everyResponseOfTheseTestsIsJudgedAgainstTheDocument() {
        assertThat(RestAssured.filters()).anyMatch(ResponseValidation.class::isInstance);
    }
}
