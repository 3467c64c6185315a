package io.salesplan.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
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
                .body("components.schemas.GoalVariance.properties.status.enum.size()", equalTo(5))
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
}
