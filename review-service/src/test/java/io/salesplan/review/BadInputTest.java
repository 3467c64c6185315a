package io.salesplan.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem+json that names what to fix, never a 500. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse problem(String path, Map<String, ?> query, int status) {
        return given().queryParams(query).get(path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    @Test
    void anUnknownGoalIsNotFound() {
        UUID goal = UUID.randomUUID();
        problem("/api/v1/reviews/goals/" + goal, Map.of(), 404).body("detail", containsString(goal.toString()));
        problem("/api/v1/reviews/goals/not-a-uuid", Map.of(), 404);
    }

    @Test
    void aBadAsOfIsABadRequestOnEveryReport() {
        problem("/api/v1/reviews/goals/" + UUID.randomUUID(), Map.of("asOf", "2026-13-45"), 400)
                .body("errors.field", hasItem("asOf"));
        problem("/api/v1/reviews/variance", Map.of("asOf", "yesterday"), 400).body("errors.field", hasItem("asOf"));
        problem("/api/v1/reviews/conversion", Map.of("asOf", "2026/01/01"), 400).body("errors.field", hasItem("asOf"));
        problem("/api/v1/reviews/activity-effectiveness", Map.of("asOf", "x"), 400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void fromAfterToIsABadRequest() {
        Map<String, String> reversed = Map.of("from", "2026-03-01", "to", "2026-01-01");
        problem("/api/v1/reviews/conversion", reversed, 400).body("errors.field", hasItem("from"));
        problem("/api/v1/reviews/activity-effectiveness", reversed, 400).body("errors.field", hasItem("from"));
        problem("/api/v1/reviews/conversion", Map.of("from", "2026-02-30"), 400).body("errors.field", hasItem("from"));
    }

    @Test
    void anUnknownOwnerTypeIsABadRequestNamingTheAllowedValues() {
        for (String path : new String[] {"/api/v1/reviews/variance", "/api/v1/reviews/conversion",
                "/api/v1/reviews/activity-effectiveness"}) {
            problem(path, Map.of("ownerType", "DEPARTMENT", "ownerId", UUID.randomUUID()), 400)
                    .body("errors.field", hasItem("ownerType"))
                    .body("detail", containsString("COMPANY, TEAM, REP"));
        }
    }

    @Test
    void ownerIdMustMatchTheOwnerType() {
        problem("/api/v1/reviews/variance", Map.of("ownerType", "REP"), 400).body("errors.field", hasItem("ownerId"));
        problem("/api/v1/reviews/variance", Map.of("ownerType", "TEAM", "ownerId", "42"), 400)
                .body("errors.field", hasItem("ownerId"));
        problem("/api/v1/reviews/variance", Map.of("ownerType", "COMPANY", "ownerId", UUID.randomUUID()), 400)
                .body("errors.field", hasItem("ownerId"));
    }

    @Test
    void aBadPeriodIsABadRequest() {
        problem("/api/v1/reviews/variance", Map.of("ownerType", "REP", "ownerId", UUID.randomUUID(),
                "period", "2026-Q5"), 400).body("errors.field", hasItem("period"));
    }

    @Test
    void anUnknownPipelineIsAnUnknownReference() {
        problem("/api/v1/reviews/conversion", Map.of("pipelineId", UUID.randomUUID()), 422)
                .body("errors.field", hasItem("pipelineId"));
        problem("/api/v1/reviews/conversion", Map.of("pipelineId", "nope"), 400)
                .body("errors.field", hasItem("pipelineId"));
    }

    @Test
    void anOwnerWithoutGoalsHasAnEmptyList() {
        given().queryParam("ownerType", "REP").queryParam("ownerId", UUID.randomUUID().toString())
                .queryParam("period", "2026")
                .get("/api/v1/reviews/variance").then().statusCode(200).body("items.size()", equalTo(0));
    }
}
