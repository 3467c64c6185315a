package io.salesplan.pipeline.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.pipeline.Api;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** forecastCategory: the owner's call on an open deal, set by the stage otherwise. */
@QuarkusTest
class ForecastCategoryTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String create(Map<String, Object> extra) {
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.putAll(extra);
        return Api.createOpportunity(body);
    }

    private static String category(String id) {
        return given().get("/api/v1/opportunities/" + id).then().statusCode(200).extract().path("forecastCategory");
    }

    @Test
    void aNewOpenDealTakesTheCategoryOfItsStagesProbability() {
        assertThat(category(create(Map.of()))).as("INITIAL_CONTACT 0.10").isEqualTo("PIPELINE");
        assertThat(category(create(Map.of("stage", "NEEDS_ANALYSIS")))).as("0.25").isEqualTo("PIPELINE");
        assertThat(category(create(Map.of("stage", "PROPOSAL")))).as("0.50").isEqualTo("BEST_CASE");
        assertThat(category(create(Map.of("stage", "NEGOTIATION")))).as("0.75").isEqualTo("COMMIT");
        assertThat(category(create(Map.of("stage", "WON")))).isEqualTo("CLOSED");
        assertThat(category(create(Map.of("stage", "LOST", "lostReasonCode", "TIMING")))).isEqualTo("OMITTED");
    }

    @Test
    void theOwnerMayCallAnOpenDealOnCreationAndByPatchUntilTheNextMove() {
        String id = create(Map.of("forecastCategory", "COMMIT"));
        assertThat(category(id)).isEqualTo("COMMIT");
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.events(id, OpportunityEventV1.CREATED).size() == 1);
        assertThat(Api.events(id, OpportunityEventV1.CREATED).get(0).data().get("forecastCategory").asText())
                .isEqualTo("COMMIT");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("forecastCategory", "BEST_CASE"))
                .patch("/api/v1/opportunities/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("forecastCategory", equalTo("BEST_CASE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.events(id, OpportunityEventV1.UPDATED).size() == 1);
        assertThat(Api.events(id, OpportunityEventV1.UPDATED).get(0).data().get("forecastCategory").asText())
                .isEqualTo("BEST_CASE");
        given().contentType(ContentType.JSON).body(Map.of("forecastCategory", "BEST_CASE"))
                .patch("/api/v1/opportunities/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));

        Api.move(id, Map.of("stage", "NEEDS_ANALYSIS"), 200);
        assertThat(category(id)).as("a move sets the category of the new stage").isEqualTo("PIPELINE");
        Api.move(id, Map.of("stage", "NEGOTIATION"), 200);
        assertThat(category(id)).isEqualTo("COMMIT");
        Api.move(id, Map.of("stage", "WON"), 200);
        assertThat(category(id)).isEqualTo("CLOSED");
        Api.move(id, Map.of("stage", "PROPOSAL"), 200);
        assertThat(category(id)).as("reopened").isEqualTo("BEST_CASE");
    }

    @Test
    void aClosedDealsCategoryCannotBeSetAndUnknownCategoriesAreNamed() {
        String won = create(Map.of("stage", "WON"));
        given().contentType(ContentType.JSON).body(Map.of("forecastCategory", "COMMIT"))
                .patch("/api/v1/opportunities/" + won).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("WON"));
        assertThat(category(won)).isEqualTo("CLOSED");

        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("forecastCategory", "CLOSED");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("forecastCategory"))
                .body("errors[0].message", containsString("allowed values: PIPELINE, BEST_CASE, COMMIT"));
        body.put("forecastCategory", "MAYBE");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("forecastCategory"))
                .body("errors[0].message", containsString("allowed values: PIPELINE, BEST_CASE, COMMIT"));
        body.put("forecastCategory", "COMMIT");
        body.put("stage", "WON");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("forecastCategory"));
        String open = create(Map.of());
        given().contentType(ContentType.JSON).body(Map.of("forecastCategory", "OMITTED"))
                .patch("/api/v1/opportunities/" + open).then().statusCode(400)
                .body("errors[0].field", equalTo("forecastCategory"));
        given().contentType(ContentType.JSON).body("{\"forecastCategory\": null}")
                .patch("/api/v1/opportunities/" + open).then().statusCode(400)
                .body("errors[0].field", equalTo("forecastCategory"));
    }

    @Test
    void aDealCreatedLostNeedsACode() {
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("stage", "LOST");
        body.put("lostReason", "imported without a code");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(400)
                .body("errors[0].field", equalTo("lostReasonCode"));
        body.put("lostReasonCode", "OTHER");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities").then().statusCode(201)
                .body("lostReasonCode", equalTo("OTHER")).body("lostReason", equalTo("imported without a code"))
                .body("forecastCategory", equalTo("OMITTED"));
    }
}
