package io.salesplan.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    private static final List<String> OPERATIONS = List.of(
            "/api/v1/pipelines post", "/api/v1/pipelines get", "/api/v1/pipelines/{id} get",
            "/api/v1/pipelines/{id}/stages put", "/api/v1/pipelines/{id}/funnel get",
            "/api/v1/accounts post", "/api/v1/accounts get", "/api/v1/accounts/{id} get",
            "/api/v1/accounts/{id} patch", "/api/v1/opportunities post", "/api/v1/opportunities get",
            "/api/v1/opportunities/{id} get", "/api/v1/opportunities/{id} patch",
            "/api/v1/opportunities/{id}/stage post", "/api/v1/opportunities/{id}/history get",
            "/api/v1/pipelines/{id}/lost-reasons put");

    @Test
    void everyOperationIsDescribedWithItsProblemResponses() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String operation : OPERATIONS) {
            String[] parts = operation.split(" ");
            Map<String, Object> op = doc.getMap("paths.'" + parts[0] + "'." + parts[1]);
            assertThat(op).as(operation).isNotNull();
            assertThat((String) op.get("summary")).as(operation + " summary").isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            assertThat(responses.keySet()).as(operation + " responses")
                    .anyMatch(code -> code.startsWith("4"));
            assertThat(responses.keySet()).as(operation + " responses").contains("401", "403");
            responses.entrySet().stream().filter(e -> e.getKey().startsWith("4") || e.getKey().startsWith("5"))
                    .forEach(e -> assertThat(String.valueOf(resolve(doc, e.getValue()).get("content")))
                            .as(operation + " " + e.getKey()).contains("application/problem+json"));
        }
        assertThat(doc.getList("components.schemas.StageKind.enum")).containsExactly("OPEN", "WON", "LOST");
        assertThat(doc.getList("components.schemas.OpportunityStatus.enum")).containsExactly("OPEN", "WON", "LOST");
        assertThat(doc.getList("components.schemas.ForecastCategory.enum")).containsExactly("PIPELINE", "BEST_CASE",
                "COMMIT", "CLOSED", "OMITTED");
        assertThat(doc.getList("components.schemas.OpenForecastCategory.enum")).containsExactly("PIPELINE",
                "BEST_CASE", "COMMIT");
        assertThat(doc.getList("components.schemas.CustomerSize.enum")).containsExactly("SMALL", "MID", "LARGE",
                "ENTERPRISE");
        assertThat(doc.getString("paths.'/api/v1/pipelines/{id}/lost-reasons'.put.operationId"))
                .isEqualTo("replacePipelineLostReasonCodes");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(doc.getList("components.schemas.Opportunity.required")).contains("createdBy", "updatedBy");
    }

    /** A response, or the shared one it refers to ({@code $ref: #/components/responses/…}). */
    private static Map<String, Object> resolve(JsonPath doc, Map<String, Object> response) {
        Object ref = response.get("$ref");
        return ref == null ? response
                : doc.getMap("components.responses." + ref.toString().substring("#/components/responses/".length()));
    }
}
