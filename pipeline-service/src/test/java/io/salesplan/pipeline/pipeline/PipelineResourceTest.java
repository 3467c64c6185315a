package io.salesplan.pipeline.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PipelineResourceTest {

    @Inject
    PipelineService service;

    @Inject
    Db db;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static Map<String, Object> stage(String key, String kind, String probability) {
        return Map.of("key", key, "kind", kind, "probability", new BigDecimal(probability));
    }

    private static List<Map<String, Object>> simpleStages() {
        return List.of(stage("QUALIFY", "OPEN", "0.2"), stage("PITCH", "OPEN", "0.6"), stage("CLOSED_WON", "WON", "1"),
                stage("CLOSED_LOST", "LOST", "0"));
    }

    private static String createPipeline(List<Map<String, Object>> stages) {
        return given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Pipeline"), "stages", stages))
                .post("/api/v1/pipelines").then().statusCode(201).extract().path("id");
    }

    @Test
    void theDefaultPipelineExistsWithItsSixStages() {
        given().get("/api/v1/pipelines/" + Api.DEFAULT_PIPELINE).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("isDefault", equalTo(true))
                .body("stages.key", contains("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON", "LOST"))
                .body("stages.kind", contains("OPEN", "OPEN", "OPEN", "OPEN", "WON", "LOST"))
                .body("stages[0].probability", comparesEqualTo(new BigDecimal("0.10")))
                .body("stages[1].probability", comparesEqualTo(new BigDecimal("0.25")))
                .body("stages[2].probability", comparesEqualTo(new BigDecimal("0.50")))
                .body("stages[3].probability", comparesEqualTo(new BigDecimal("0.75")))
                .body("stages[4].probability", comparesEqualTo(BigDecimal.ONE))
                .body("stages[5].probability", comparesEqualTo(BigDecimal.ZERO))
                .body("stages.position", contains(0, 1, 2, 3, 4, 5));
        given().get("/api/v1/pipelines").then().statusCode(200).body("items.id", hasItem(Api.DEFAULT_PIPELINE));
    }

    @Test
    void theDefaultPipelineIsDefinedExactlyOnceEvenWhenReplicasStartTogether() {
        List<CompletableFuture<Void>> starts = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.runAsync(service::ensureDefaultPipeline)).toList();
        starts.forEach(CompletableFuture::join);

        assertThat(db.count("select count(*) from pipeline where is_default")).isEqualTo(1);
        assertThat(db.outboxEvents(Api.DEFAULT_PIPELINE)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> db.pendingEvents(Api.DEFAULT_PIPELINE) == 0);
        List<EventEnvelope> defined = Api.events(Api.DEFAULT_PIPELINE, PipelineDefinedV1.TYPE);
        assertThat(defined).hasSize(1);
        JsonNode data = defined.get(0).data();
        assertThat(data.get("pipelineId").asText()).isEqualTo(Api.DEFAULT_PIPELINE);
        assertThat(data.get("isDefault").asBoolean()).isTrue();
        assertThat(data.get("stages")).hasSize(6);
        assertThat(data.get("stages").get(4).get("kind").asText()).isEqualTo("WON");
        assertThat(data.get("stages").get(2).get("position").asInt()).isEqualTo(2);
        assertThat(data.get("stages").get(2).get("probability").decimalValue()).isEqualByComparingTo("0.50");
    }

    @Test
    void creatingAPipelineReturnsItWithLocationAndEtagAndPublishesItsDefinition() {
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("name", Api.unique("Enterprise"), "stages", simpleStages()))
                .post("/api/v1/pipelines");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/pipelines/"))
                .header("ETag", equalTo("\"0\""))
                .body("isDefault", equalTo(false))
                .body("stages.key", contains("QUALIFY", "PITCH", "CLOSED_WON", "CLOSED_LOST"))
                .body("stages[0].name", equalTo("Qualify"))
                .body("stages[3].name", equalTo("Closed lost"));
        String id = created.path("id");
        given().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));

        EventEnvelope event = Api.CODEC.read(Api.topics().await(Api.TOPIC,
                r -> id.equals(r.key()), Duration.ofSeconds(20)).value());
        assertThat(event.type()).isEqualTo(PipelineDefinedV1.TYPE);
        assertThat(event.source()).isEqualTo("/pipeline-service");
        assertThat(event.data().get("stages")).hasSize(4);
        assertThat(event.data().get("stages").get(1).get("key").asText()).isEqualTo("PITCH");
        assertThat(event.data().get("version").asLong()).isZero();
    }

    @Test
    void aPipelineCreatedWithoutStagesGetsTheDefaultStages() {
        given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Plain")))
                .post("/api/v1/pipelines").then().statusCode(201)
                .body("stages.key", contains("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON", "LOST"));
    }

    @Test
    void stagesCanBeRenamedReorderedAddedAndReweighted() {
        String id = createPipeline(simpleStages());
        List<Map<String, Object>> next = List.of(
                stage("PITCH", "OPEN", "0.3"),
                Map.of("key", "QUALIFY", "name", "Qualified lead", "kind", "OPEN", "probability", 0.15),
                stage("DEMO", "OPEN", "0.7"),
                stage("CLOSED_WON", "WON", "1"), stage("CLOSED_LOST", "LOST", "0"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("stages", next))
                .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("stages.key", contains("PITCH", "QUALIFY", "DEMO", "CLOSED_WON", "CLOSED_LOST"))
                .body("stages[1].name", equalTo("Qualified lead"))
                .body("stages[0].probability", comparesEqualTo(new BigDecimal("0.3")));

        await().atMost(Duration.ofSeconds(20)).until(() -> Api.events(id, PipelineDefinedV1.TYPE).size() == 2);
        JsonNode latest = Api.events(id, PipelineDefinedV1.TYPE).get(1).data();
        assertThat(latest.get("version").asLong()).isEqualTo(1);
        assertThat(latest.get("stages").get(2).get("key").asText()).isEqualTo("DEMO");
        assertThat(latest.get("stages").get(2).get("position").asInt()).isEqualTo(2);
    }

    @Test
    void aBareArrayOfStagesIsAcceptedAndAnIdenticalListChangesNothing() {
        String id = createPipeline(simpleStages());
        given().contentType(ContentType.JSON).body(simpleStages())
                .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("stages.key", contains("QUALIFY", "PITCH", "CLOSED_WON", "CLOSED_LOST"));
        await().atMost(Duration.ofSeconds(20)).until(() -> db.pendingEvents(id) == 0);
        assertThat(db.outboxEvents(id)).isEqualTo(1);
    }

    @Test
    void stageListsBreakingTheRulesAreRejectedAndChangeNothing() {
        String id = createPipeline(simpleStages());
        List<List<Map<String, Object>>> broken = List.of(
                List.of(stage("QUALIFY", "OPEN", "0.2"), stage("QUALIFY", "OPEN", "0.4"), stage("W", "WON", "1"),
                        stage("L", "LOST", "0")),
                List.of(stage("qualify", "OPEN", "0.2"), stage("W", "WON", "1"), stage("L", "LOST", "0")),
                List.of(stage("QUALIFY", "OPEN", "1.5"), stage("W", "WON", "1"), stage("L", "LOST", "0")),
                List.of(stage("QUALIFY", "OPEN", "-0.1"), stage("W", "WON", "1"), stage("L", "LOST", "0")),
                List.of(stage("W", "WON", "1"), stage("L", "LOST", "0")),
                List.of(stage("QUALIFY", "OPEN", "0.2"), stage("W", "WON", "1"), stage("W2", "WON", "1"),
                        stage("L", "LOST", "0")),
                List.of(stage("QUALIFY", "OPEN", "0.2"), stage("W", "WON", "1")),
                List.of(stage("QUALIFY", "OPEN", "0.2"), stage("W", "WON", "0.9"), stage("L", "LOST", "0")),
                List.of());
        for (List<Map<String, Object>> stages : broken) {
            given().contentType(ContentType.JSON).body(Map.of("stages", stages))
                    .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        given().contentType(ContentType.JSON).body(Map.of("stages", List.of(
                Map.of("key", "QUALIFY", "kind", "MAYBE", "probability", 0.2))))
                .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(400)
                .body("errors[0].field", equalTo("stages[0].kind"))
                .body("errors[0].message", containsString("OPEN, WON, LOST"));
        given().get("/api/v1/pipelines/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("stages.key", contains("QUALIFY", "PITCH", "CLOSED_WON", "CLOSED_LOST"));
        assertThat(db.outboxEvents(id)).isEqualTo(1);
    }

    @Test
    void invalidPipelinesAreRejected() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x".repeat(10_000)))
                .post("/api/v1/pipelines").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/v1/pipelines").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/pipelines").then().statusCode(400).contentType("application/problem+json");
        String name = Api.unique("NoOpen");
        given().contentType(ContentType.JSON).body(Map.of("name", name, "stages",
                List.of(stage("W", "WON", "1"), stage("L", "LOST", "0"))))
                .post("/api/v1/pipelines").then().statusCode(400)
                .body("errors.message", hasItem(containsString("at least one OPEN stage")));
        assertThat(db.count("select count(*) from pipeline where name = ?", name)).isZero();
    }

    @Test
    void removingAStageThatHoldsOpportunitiesIsAConflict() {
        String id = createPipeline(simpleStages());
        Map<String, Object> body = Api.opportunity(Api.account(), Api.rep());
        body.put("pipelineId", id);
        body.put("stage", "PITCH");
        Api.createOpportunity(body);

        given().contentType(ContentType.JSON).body(Map.of("stages", List.of(stage("QUALIFY", "OPEN", "0.2"),
                stage("CLOSED_WON", "WON", "1"), stage("CLOSED_LOST", "LOST", "0"))))
                .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("PITCH"));
        // Removing the empty QUALIFY stage is fine.
        given().contentType(ContentType.JSON).body(Map.of("stages", List.of(stage("PITCH", "OPEN", "0.5"),
                stage("CLOSED_WON", "WON", "1"), stage("CLOSED_LOST", "LOST", "0"))))
                .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(200)
                .body("stages.key", contains("PITCH", "CLOSED_WON", "CLOSED_LOST"));
        // The opportunity follows its stage's new probability.
        given().queryParam("pipelineId", id).get("/api/v1/opportunities").then().statusCode(200)
                .body("items[0].probability", comparesEqualTo(new BigDecimal("0.5")));
    }

    @Test
    void aStaleIfMatchIsRejectedWith412() {
        String id = createPipeline(simpleStages());
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("stages", List.of(
                stage("PITCH", "OPEN", "0.5"), stage("CLOSED_WON", "WON", "1"), stage("CLOSED_LOST", "LOST", "0"))))
                .put("/api/v1/pipelines/" + id + "/stages").then().statusCode(412)
                .contentType("application/problem+json");
        given().get("/api/v1/pipelines/" + id).then().body("stages.size()", equalTo(4));
    }

    @Test
    void unknownOrMalformedPipelineIdsAre404() {
        given().get("/api/v1/pipelines/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/pipelines/not-a-uuid").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("stages", simpleStages()))
                .put("/api/v1/pipelines/" + java.util.UUID.randomUUID() + "/stages").then().statusCode(404);
    }

    @Test
    void pipelinesArePagedWithACursor() {
        for (int i = 0; i < 3; i++) {
            createPipeline(simpleStages());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/pipelines");
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().contains(Api.DEFAULT_PIPELINE).hasSizeGreaterThanOrEqualTo(4);
        given().queryParam("cursor", "garbage").get("/api/v1/pipelines").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 0).get("/api/v1/pipelines").then().statusCode(400);
    }
}
