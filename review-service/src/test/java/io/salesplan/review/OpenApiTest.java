package io.salesplan.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.salesplan.infra.ResponseValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyReportIsDocumentedWithItsErrorResponses() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/reviews/goals/{goalId}'.get.summary", notNullValue())
                .body("paths.'/api/v1/reviews/goals/{goalId}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/reviews/goals/{goalId}'.get.responses.'404'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/reviews/variance'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/reviews/conversion'.get.responses", hasKey("422"))
                .body("paths.'/api/v1/reviews/activity-effectiveness'.get.description", notNullValue())
                .body("components.schemas.GoalStatus.enum.size()", equalTo(5))
                .body("components.schemas.Conversion.properties", hasKey("biggestLeak"))
                .body("components.schemas.ActivityEffectiveness.properties", hasKey("types"));
    }

    @Test
    void retrospectivesDailyPlanAndLeaderboardAreDocumentedWithTheirErrorResponses() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/retrospectives'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/retrospectives/{id}'.patch.responses", hasKey("412"))
                .body("paths.'/api/v1/retrospectives/{id}'.patch.responses", hasKey("409"))
                .body("paths.'/api/v1/retrospectives/{id}/close'.post.description", notNullValue())
                .body("paths.'/api/v1/reviews/daily-plan'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/reviews/leaderboard'.get.responses", hasKey("422"))
                .body("components.schemas.Retrospective.properties", hasKey("findings"))
                .body("components.schemas.DailyPlanItem.properties", hasKey("requiredToday"))
                .body("components.schemas.LeaderboardRow.properties", hasKey("attainment"));
    }

    @Test
    void whoMayReadWhatIsDocumentedWithEachOperation() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/reviews/variance'.get.description",
                        containsString("COMPANY is the default when ownerType and ownerId are left out"))
                .body("paths.'/api/v1/reviews/conversion'.get.description", containsString("a rep only themselves"))
                .body("paths.'/api/v1/reviews/goals/{goalId}'.get.description", containsString("is a 404"))
                .body("paths.'/api/v1/reviews/leaderboard'.get.description", containsString("without teamId"))
                .body("paths.'/api/v1/retrospectives'.get.description", containsString("whose scope the caller covers"))
                .body("paths.'/api/v1/reviews/daily-plan'.get.responses", hasKey("403"))
                .body("components.schemas.Retrospective.required", hasItems("createdBy", "updatedBy"))
                .body("components.schemas.Retrospective.properties.createdBy.description", containsString("subject"));
    }

    @Test
    void feasibilityIsDocumentedWithItsRulesAndErrorResponses() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/reviews/goals/{goalId}/feasibility'.get.description",
                        containsString("0.5 × requiredCoverage"))
                .body("paths.'/api/v1/reviews/goals/{goalId}/feasibility'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/reviews/goals/{goalId}/feasibility'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/reviews/goals/{goalId}/feasibility'.get.responses.'422'.content",
                        hasKey("application/problem+json"))
                .body("components.schemas.Feasibility.properties", hasKey("requiredCoverage"))
                .body("components.schemas.FeasibilityVerdict.enum", contains("REALISTIC", "STRETCH", "UNREALISTIC"))
                .body("components.schemas.FeasibilityHistory.properties", hasKey("winRate"))
                .body("components.schemas.FeasibilityRequired.properties", hasKey("opportunities"));
    }

    @Test
    void theNewOperationsHaveOperationIdsAndDocumentEveryNumberWithItsFormula() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/reviews/segments'.get.operationId", equalTo("getSegmentReport"))
                .body("paths.'/api/v1/reviews/lost-reasons'.get.operationId", equalTo("getLostReasonReport"))
                .body("paths.'/api/v1/reviews/forecast'.get.operationId", equalTo("getForecastReport"))
                .body("paths.'/api/v1/forecasts'.post.operationId", equalTo("submitForecast"))
                .body("paths.'/api/v1/forecasts'.get.operationId", equalTo("listForecasts"))
                .body("paths.'/api/v1/forecasts/{id}'.get.operationId", equalTo("getForecast"))
                .body("paths.'/api/v1/reviews/stream'.get.operationId", equalTo("streamVariance"))
                .body("paths.'/api/v1/reviews/stream'.get.responses.'200'.content", hasKey("text/event-stream"))
                .body("paths.'/api/v1/reviews/stream'.get.responses.'503'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/reviews/stream'.get.description", containsString("fetch()"))
                .body("paths.'/api/v1/forecasts'.post.responses.'201'.headers", hasKey("Location"))
                .body("paths.'/api/v1/reviews/segments'.get.responses.'400'.content",
                        hasKey("application/problem+json"))
                .body("components.schemas.SegmentRow.properties.winRate.description",
                        containsString("won ÷ (won + lost)"))
                .body("components.schemas.SegmentRow.properties.meanCycleDays.description",
                        containsString("(closing day − creation day) ÷ won"))
                .body("components.schemas.SegmentRow.properties.activitiesPerWonDeal.description",
                        containsString("÷ won"))
                .body("components.schemas.LostReasonRow.properties.share.description",
                        containsString("count ÷ all deals lost"))
                .body("components.schemas.Forecast.properties.gap.description", containsString("target − (won + commit)"))
                .body("components.schemas.Forecast.properties.weightedPipeline.description",
                        containsString("amount × stage probability"))
                .body("components.schemas.ForecastSubmission.properties.accuracy.description",
                        containsString("actual ÷ amount"));
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
        assertThat(names).hasSize(19)
                .containsEntry("GET /api/v1/reviews/goals/{goalId}", "getGoalVariance")
                .containsEntry("GET /api/v1/reviews/variance", "listGoalVariance")
                .containsEntry("GET /api/v1/reviews/stream", "streamVariance")
                .containsEntry("GET /api/v1/reviews/goals/{goalId}/feasibility", "getGoalFeasibility")
                .containsEntry("GET /api/v1/reviews/conversion", "getConversionReport")
                .containsEntry("GET /api/v1/reviews/activity-effectiveness", "getActivityEffectivenessReport")
                .containsEntry("GET /api/v1/reviews/daily-plan", "getDailyPlan")
                .containsEntry("GET /api/v1/reviews/leaderboard", "getLeaderboard")
                .containsEntry("POST /api/v1/retrospectives", "createRetrospective")
                .containsEntry("GET /api/v1/retrospectives", "listRetrospectives")
                .containsEntry("GET /api/v1/retrospectives/{id}", "getRetrospective")
                .containsEntry("PATCH /api/v1/retrospectives/{id}", "updateRetrospective")
                .containsEntry("POST /api/v1/retrospectives/{id}/close", "closeRetrospective");
        assertThat(new HashSet<>(names.values())).hasSize(names.size()).doesNotContain("");

        for (String schema : List.of("GoalVariance", "Feasibility", "Conversion", "Retrospective",
                "RetrospectiveSnapshot", "ForecastSubmission", "Forecast", "SegmentRow", "LeaderboardRow")) {
            JsonNode s = doc.at("/components/schemas/" + schema);
            List<String> properties = new ArrayList<>();
            s.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            s.get("required").forEach(r -> required.add(r.asText()));
            assertThat(required).as(schema + " required").containsExactlyInAnyOrderElementsOf(properties);
        }
        JsonNode variance = doc.at("/components/schemas/GoalVariance/properties");
        // an objective's variance: no metric, direction, numbers or status; nullable enums stay named enums
        for (String[] named : List.of(new String[] {"metric", "Metric"}, new String[] {"activityType", "ActivityType"},
                new String[] {"direction", "Direction"}, new String[] {"status", "GoalStatus"})) {
            assertThat(variance.at("/" + named[0] + "/anyOf").toString()).as(named[0]).isEqualTo(
                    "[{\"$ref\":\"#/components/schemas/" + named[1] + "\"},{\"type\":\"null\"}]");
        }
        for (String nullable : List.of("target", "actual", "variance", "attainment", "expectedToDate",
                "paceVariance", "projected")) {
            assertThat(variance.at("/" + nullable + "/type").toString()).as(nullable).contains("\"null\"");
        }
        assertThat(variance.at("/title/type").asText()).isEqualTo("string");
        assertThat(variance.at("/workingDays/type").toString()).doesNotContain("null");
        assertThat(doc.at("/components/schemas/Retrospective/properties/notes/type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(doc.at("/components/schemas/Retrospective/properties/period/type").toString())
                .isEqualTo("\"string\"");
        assertThat(doc.at("/components/schemas/ForecastSubmission/properties/actual/type").toString())
                .contains("\"null\"");
        assertThat(doc.at("/components/schemas/PageRetrospectiveView/properties/nextCursor/type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(doc.at("/paths/~1api~1v1~1retrospectives/post/responses/201/headers/Location/required")
                .asBoolean()).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1retrospectives~1{id}/get/responses/200/headers/ETag/required")
                .asBoolean()).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1retrospectives~1{id}/get/responses").has("304")).isTrue();
    }

    @Test
    void everyResponseOfTheseTestsIsJudgedAgainstTheDocument() {
        assertThat(RestAssured.filters()).anyMatch(ResponseValidation.class::isInstance);
    }
}
