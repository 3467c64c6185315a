package io.salesplan.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.salesplan.infra.ResponseValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @Test
    void operationsHaveStableNamesAndEveryAlwaysWrittenPropertyIsRequiredWithNullExactlyWhereItCanBe()
            throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        Map<String, String> names = new TreeMap<>();
        doc.get("paths").properties().stream().filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().stream()
                        .filter(op -> List.of("get", "put", "post", "patch", "delete").contains(op.getKey()))
                        .forEach(op -> names.put(op.getKey().toUpperCase() + " " + path.getKey(),
                                op.getValue().path("operationId").asText())));
        assertThat(names).containsOnlyKeys(OPERATIONS.stream()
                        .map(o -> o.split(" ")[1].toUpperCase() + " " + o.split(" ")[0]).toList())
                .containsEntry("POST /api/v1/opportunities", "createOpportunity")
                .containsEntry("GET /api/v1/opportunities", "listOpportunities")
                .containsEntry("GET /api/v1/opportunities/{id}", "getOpportunity")
                .containsEntry("PATCH /api/v1/opportunities/{id}", "updateOpportunity")
                .containsEntry("POST /api/v1/opportunities/{id}/stage", "moveOpportunity")
                .containsEntry("GET /api/v1/opportunities/{id}/history", "getOpportunityHistory")
                .containsEntry("POST /api/v1/accounts", "createAccount")
                .containsEntry("GET /api/v1/accounts", "listAccounts")
                .containsEntry("GET /api/v1/accounts/{id}", "getAccount")
                .containsEntry("PATCH /api/v1/accounts/{id}", "updateAccount")
                .containsEntry("POST /api/v1/pipelines", "createPipeline")
                .containsEntry("GET /api/v1/pipelines", "listPipelines")
                .containsEntry("GET /api/v1/pipelines/{id}", "getPipeline")
                .containsEntry("PUT /api/v1/pipelines/{id}/stages", "replacePipelineStages")
                .containsEntry("PUT /api/v1/pipelines/{id}/lost-reasons", "replacePipelineLostReasonCodes")
                .containsEntry("GET /api/v1/pipelines/{id}/funnel", "getPipelineFunnel");
        assertThat(new HashSet<>(names.values())).hasSize(names.size()).doesNotContain("");

        for (String schema : List.of("Opportunity", "Account", "CustomerProfile", "Pipeline", "Stage",
                "StageHistoryItem", "Funnel", "FunnelStage")) {
            JsonNode s = doc.at("/components/schemas/" + schema);
            List<String> properties = new ArrayList<>();
            s.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            s.get("required").forEach(r -> required.add(r.asText()));
            assertThat(required).as(schema + " required").containsExactlyInAnyOrderElementsOf(properties);
        }
        JsonNode opportunity = doc.at("/components/schemas/Opportunity/properties");
        for (String nullable : List.of("expectedCloseDate", "closedAt")) {
            assertThat(opportunity.at("/" + nullable + "/anyOf/1/type").asText()).as(nullable).isEqualTo("null");
        }
        for (String nullable : List.of("source", "lostReasonCode", "lostReason")) {
            assertThat(opportunity.at("/" + nullable + "/type").toString()).as(nullable)
                    .isEqualTo("[\"string\",\"null\"]");
        }
        assertThat(opportunity.at("/name/type").asText()).isEqualTo("string");
        assertThat(opportunity.at("/createdAt/anyOf").isMissingNode()).isTrue();
        // a nullable enum stays the named enum, so that generators type it as CustomerSize | null
        assertThat(doc.at("/components/schemas/Account/properties/size/anyOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/CustomerSize\"},{\"type\":\"null\"}]");
        assertThat(opportunity.at("/forecastCategory/$ref").asText()).endsWith("/ForecastCategory");
        assertThat(doc.at("/components/schemas/PageOpportunityResponse/properties/nextCursor/type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(doc.at("/paths/~1api~1v1~1opportunities/post/responses/201/headers/Location/required")
                .asBoolean()).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1opportunities/post/requestBody/content/application~1json/examples")
                .properties()).isNotEmpty();
    }

    @Test
    void everyResponseOfTheseTestsIsJudgedAgainstTheDocument() {
        assertThat(RestAssured.filters()).anyMatch(ResponseValidation.class::isInstance);
    }

    /** A response, or the shared one it refers to ({@code $ref: #/components/responses/…}). */
    private static Map<String, Object> resolve(JsonPath doc, Map<String, Object> response) {
        Object ref = response.get("$ref");
        return ref == null ? response
                : doc.getMap("components.responses." + ref.toString().substring("#/components/responses/".length()));
    }
}
