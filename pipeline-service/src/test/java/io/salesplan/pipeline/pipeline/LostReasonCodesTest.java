package io.salesplan.pipeline.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.pipeline.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each pipeline's lost-reason codes: the defaults, its own, a replaced list, and what a loss may give. */
@QuarkusTest
class LostReasonCodesTest {

    private static final List<String> DEFAULTS = List.of("PRICE", "COMPETITOR", "NO_BUDGET", "NO_DECISION", "TIMING",
            "OTHER");

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void theDefaultPipelineAndANewOneHaveTheDefaultCodes() {
        given().get("/api/v1/pipelines/" + Api.DEFAULT_PIPELINE).then().statusCode(200)
                .body("lostReasonCodes", equalTo(DEFAULTS));
        String id = given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Plain")))
                .post("/api/v1/pipelines").then().statusCode(201).body("lostReasonCodes", equalTo(DEFAULTS))
                .extract().path("id");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, PipelineDefinedV1.TYPE).size() == 1);
        JsonNode codes = Api.events(id, PipelineDefinedV1.TYPE).get(0).data().get("lostReasonCodes");
        assertThat(codes).extracting(JsonNode::asText).containsExactlyElementsOf(DEFAULTS);
    }

    @Test
    void aPipelineWithItsOwnCodesAcceptsOnlyThoseAndAReplacedListChangesTheNextLoss() {
        String pipeline = given().contentType(ContentType.JSON)
                .body(Map.of("name", Api.unique("Own codes"), "lostReasonCodes", List.of("PRICE", "LEGAL")))
                .post("/api/v1/pipelines").then().statusCode(201)
                .body("lostReasonCodes", contains("PRICE", "LEGAL")).extract().path("id");
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("pipelineId", pipeline);
        String first = Api.createOpportunity(body);
        String second = Api.createOpportunity(body);
        given().contentType(ContentType.JSON).body(Map.of("stage", "LOST", "lostReasonCode", "TIMING"))
                .post("/api/v1/opportunities/" + first + "/stage").then().statusCode(400)
                .body("errors[0].message", containsString("allowed values: PRICE, LEGAL"));
        Api.move(first, Map.of("stage", "LOST", "lostReasonCode", "LEGAL"), 200);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("codes", List.of("PRICE", "TIMING"))).put("/api/v1/pipelines/" + pipeline + "/lost-reasons")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("lostReasonCodes", contains("PRICE", "TIMING"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(pipeline, PipelineDefinedV1.TYPE).size() == 2);
        assertThat(Api.events(pipeline, PipelineDefinedV1.TYPE).get(1).data().get("lostReasonCodes"))
                .extracting(JsonNode::asText).containsExactly("PRICE", "TIMING");
        given().get("/api/v1/opportunities/" + first).then().body("lostReasonCode", equalTo("LEGAL"));
        given().contentType(ContentType.JSON).body(Map.of("stage", "LOST", "lostReasonCode", "LEGAL"))
                .post("/api/v1/opportunities/" + second + "/stage").then().statusCode(400);
        Api.move(second, Map.of("stage", "LOST", "lostReasonCode", "TIMING"), 200);

        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("PRICE", "TIMING")))
                .put("/api/v1/pipelines/" + pipeline + "/lost-reasons").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void badCodeListsAreRejected() {
        String path = "/api/v1/pipelines/" + Api.DEFAULT_PIPELINE + "/lost-reasons";
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of())).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("codes"));
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("PRICE", "PRICE"))).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("codes[1]"));
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("too expensive"))).put(path)
                .then().statusCode(400).body("errors[0].field", containsString("codes"));
        given().contentType(ContentType.JSON).body(Map.of()).put(path).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Bad"), "lostReasonCodes", List.of("a b")))
                .post("/api/v1/pipelines").then().statusCode(400).body("errors[0].field", containsString("lostReasonCodes"));
        given().contentType(ContentType.JSON).body(Map.of("codes", List.of("PRICE")))
                .put("/api/v1/pipelines/" + UUID.randomUUID() + "/lost-reasons").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(Map.of("codes", List.of("PRICE")))
                .put(path).then().statusCode(412);
        given().get("/api/v1/pipelines/" + Api.DEFAULT_PIPELINE).then().body("lostReasonCodes", equalTo(DEFAULTS));
    }
}
