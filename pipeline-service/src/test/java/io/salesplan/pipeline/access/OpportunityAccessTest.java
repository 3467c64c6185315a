package io.salesplan.pipeline.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.salesplan.infra.TestCallers;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OPPORTUNITIES row: admins and integrations reach every opportunity, a manager those owned in
 * their scope, a rep their own. Four deals in a pipeline of their own: the boss's, a division rep's
 * and an east rep's (all in the boss's scope) and one of a rep elsewhere; a leak of the last would
 * change every count and total asserted here.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityAccessTest {

    @Inject
    Db db;

    private Organisation org;
    private String pipeline;
    private String bossDeal;
    private String divisionDeal;
    private String eastDeal;
    private String otherDeal;

    @BeforeAll
    static void configure() {
        Api.configure();
    }

    /** Once for the class (its tests do not change these deals); REST Assured knows the port only per test. */
    @BeforeEach
    void organisationAndDeals() {
        if (org != null) {
            return;
        }
        org = Organisation.announce(db);
        pipeline = given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Scoped")))
                .post("/api/v1/pipelines").then().statusCode(201).extract().path("id");
        bossDeal = deal(org.boss, "NEEDS_ANALYSIS", "400");
        divisionDeal = deal(org.divisionRep, "INITIAL_CONTACT", "2000");
        eastDeal = deal(org.eastRep, "PROPOSAL", "1000");
        otherDeal = deal(org.otherRep, "PROPOSAL", "8000");
    }

    private String deal(UUID owner, String stage, String amount) {
        Map<String, Object> body = Api.opportunity(Api.account(), owner);
        body.put("pipelineId", pipeline);
        body.put("stage", stage);
        body.put("amount", new BigDecimal(amount));
        return Api.createOpportunity(body);
    }

    private static RequestSpecification as(Map<String, String> caller) {
        return given().headers(caller).contentType(ContentType.JSON);
    }

    private List<String> listed(Map<String, String> caller, Map<String, Object> filters) {
        return as(caller).queryParam("pipelineId", pipeline).queryParams(filters).get("/api/v1/opportunities")
                .then().statusCode(200).extract().path("items.id");
    }

    private String funnel() {
        return "/api/v1/pipelines/" + pipeline + "/funnel";
    }

    @Test
    void aManagerListsExactlyTheOpportunitiesOfTheirTeamsRepsAndTheirOwn() {
        assertThat(listed(org.asManager(), Map.of())).containsExactlyInAnyOrder(bossDeal, divisionDeal, eastDeal);
        assertThat(listed(org.asManager(), Map.of("teamId", org.east))).containsExactly(eastDeal);
        assertThat(listed(org.asManager(), Map.of("teamId", org.division)))
                .containsExactlyInAnyOrder(bossDeal, divisionDeal, eastDeal);
        assertThat(listed(org.asManager(), Map.of("ownerId", org.divisionRep))).containsExactly(divisionDeal);
        assertThat(listed(Organisation.asAdmin(), Map.of()))
                .containsExactlyInAnyOrder(bossDeal, divisionDeal, eastDeal, otherDeal);
    }

    @Test
    void aManagersFunnelCountsAndSumsOnlyTheirScope() {
        as(org.asManager()).get(funnel()).then().statusCode(200)
                .body("stages.stage", contains("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"))
                .body("stages.count", contains(1, 1, 1, 0))
                .body("stages[2].amount", comparesEqualTo(new BigDecimal("1000")))
                .body("totals.count", equalTo(3))
                .body("totals.amount", comparesEqualTo(new BigDecimal("3400")))
                .body("totals.weightedAmount", comparesEqualTo(new BigDecimal("800")));
        as(org.asManager()).queryParam("teamId", org.east.toString()).get(funnel()).then().statusCode(200)
                .body("totals.count", equalTo(1))
                .body("totals.amount", comparesEqualTo(new BigDecimal("1000")));
        for (Map<String, String> everything : List.of(Organisation.asAdmin(), Organisation.asIntegration())) {
            as(everything).get(funnel()).then().statusCode(200)
                    .body("stages.count", contains(1, 1, 2, 0))
                    .body("totals.count", equalTo(4))
                    .body("totals.amount", comparesEqualTo(new BigDecimal("11400")))
                    .body("totals.weightedAmount", comparesEqualTo(new BigDecimal("4800")));
        }
    }

    @Test
    void aRepSeesOnlyTheirOwnOpportunities() {
        assertThat(listed(org.asRep(), Map.of())).containsExactly(eastDeal);
        assertThat(listed(org.asRep(), Map.of("ownerId", org.eastRep))).containsExactly(eastDeal);
        as(org.asRep()).get(funnel()).then().statusCode(200)
                .body("stages.count", contains(0, 0, 1, 0))
                .body("totals.count", equalTo(1))
                .body("totals.amount", comparesEqualTo(new BigDecimal("1000")))
                .body("totals.weightedAmount", comparesEqualTo(new BigDecimal("500")));
        as(org.asRep()).get("/api/v1/opportunities/" + eastDeal).then().statusCode(200)
                .body("ownerId", equalTo(org.eastRep.toString()));
    }

    @Test
    void anOpportunityOutsideTheScopeIsNotFoundByIdWhateverIsAsked() {
        Map<Map<String, String>, String> outside = Map.of(org.asRep(), divisionDeal, org.asManager(), otherDeal);
        outside.forEach((caller, id) -> {
            as(caller).get("/api/v1/opportunities/" + id).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
            as(caller).body(Map.of("amount", 1)).patch("/api/v1/opportunities/" + id).then().statusCode(404);
            as(caller).body(Map.of("stage", "NEGOTIATION")).post("/api/v1/opportunities/" + id + "/stage")
                    .then().statusCode(404);
            as(caller).get("/api/v1/opportunities/" + id + "/history").then().statusCode(404);
        });
        // Neither the 404 nor anything else changed them.
        given().get("/api/v1/opportunities/" + divisionDeal).then().statusCode(200)
                .body("version", equalTo(0)).body("stage", equalTo("INITIAL_CONTACT"));
        given().get("/api/v1/opportunities/" + otherDeal).then().statusCode(200)
                .body("version", equalTo(0)).body("amount", comparesEqualTo(new BigDecimal("8000")));
    }

    @Test
    void creatingOrHandingOverToAnOwnerOutsideTheScopeIsForbiddenNamingTheOwner() {
        Map<String, Object> repForColleague = Api.opportunity(Api.account(), org.divisionRep);
        as(org.asRep()).body(repForColleague).post("/api/v1/opportunities").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("ownerId"))
                .body("detail", containsString(org.divisionRep.toString()));
        Map<String, Object> managerForStranger = Api.opportunity(Api.account(), org.otherRep);
        as(org.asManager()).body(managerForStranger).post("/api/v1/opportunities").then().statusCode(403)
                .body("detail", containsString("ownerId"));
        assertThat(db.count("select count(*) from opportunity where name in (?, ?)",
                repForColleague.get("name"), managerForStranger.get("name"))).isZero();

        String own = as(org.asRep()).body(Api.opportunity(Api.account(), org.eastRep)).post("/api/v1/opportunities")
                .then().statusCode(201).extract().path("id");
        String teams = as(org.asManager()).body(Api.opportunity(Api.account(), org.eastRep))
                .post("/api/v1/opportunities").then().statusCode(201).extract().path("id");
        as(org.asRep()).body(Map.of("ownerId", org.divisionRep)).patch("/api/v1/opportunities/" + own)
                .then().statusCode(403).body("detail", containsString("ownerId"));
        as(org.asManager()).body(Map.of("ownerId", org.otherRep)).patch("/api/v1/opportunities/" + teams)
                .then().statusCode(403).body("detail", containsString("ownerId"));
        given().get("/api/v1/opportunities/" + teams).then().body("ownerId", equalTo(org.eastRep.toString()))
                .body("version", equalTo(0));
        as(org.asManager()).body(Map.of("ownerId", org.divisionRep)).patch("/api/v1/opportunities/" + teams)
                .then().statusCode(200).body("ownerId", equalTo(org.divisionRep.toString()));
        // Handed over within the boss's scope, the deal has left the east rep's.
        as(org.asRep()).get("/api/v1/opportunities/" + teams).then().statusCode(404);
    }

    @Test
    void aListOrFunnelFilterOutsideTheScopeIsForbidden() {
        Map<Map<String, String>, List<Map<String, Object>>> refused = Map.of(
                org.asManager(), List.of(Map.of("ownerId", org.otherRep), Map.of("teamId", org.elsewhere),
                        Map.of("ownerId", org.otherBoss)),
                org.asRep(), List.of(Map.of("ownerId", org.divisionRep), Map.of("ownerId", org.boss),
                        Map.of("teamId", org.east)));
        refused.forEach((caller, filters) -> filters.forEach(filter -> {
            String field = filter.keySet().iterator().next();
            as(caller).queryParams(filter).get("/api/v1/opportunities").then().statusCode(403)
                    .contentType("application/problem+json").body("detail", containsString(field));
            as(caller).queryParams(filter).get(funnel()).then().statusCode(403)
                    .body("detail", containsString(field));
        }));
    }

    @Test
    void anIntegrationCreatesReadsAndMovesEveryonesOpportunitiesButChangesNoPipeline() {
        String id = as(Organisation.asIntegration()).body(Api.opportunity(Api.account(), org.otherRep))
                .post("/api/v1/opportunities").then().statusCode(201).extract().path("id");
        as(Organisation.asIntegration()).get("/api/v1/opportunities/" + divisionDeal).then().statusCode(200);
        as(Organisation.asIntegration()).body(Map.of("stage", "PROPOSAL"))
                .post("/api/v1/opportunities/" + id + "/stage")
                .then().statusCode(200).body("stage", equalTo("PROPOSAL"));
        as(Organisation.asIntegration()).get("/api/v1/opportunities/" + id + "/history").then().statusCode(200)
                .body("items.to", contains("PROPOSAL"));
        assertThat(listed(Organisation.asIntegration(), Map.of()))
                .containsExactlyInAnyOrder(bossDeal, divisionDeal, eastDeal, otherDeal);
        as(Organisation.asIntegration()).body(Map.of("name", Api.unique("Imported"))).post("/api/v1/pipelines")
                .then().statusCode(403);
        as(Organisation.asIntegration()).body(List.of(Map.of("key", "ONLY", "probability", 0.5)))
                .put("/api/v1/pipelines/" + pipeline + "/stages").then().statusCode(403);
    }

    @Test
    void aCursorFromOneCallersListIsRefusedForAnother() {
        String cursor = as(org.asManager()).queryParam("pipelineId", pipeline).queryParam("limit", 1)
                .get("/api/v1/opportunities").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as(org.asManager()).queryParam("pipelineId", pipeline).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/opportunities").then().statusCode(200).body("items.size()", equalTo(1));
        for (Map<String, String> other : List.of(org.asRep(), Organisation.asAdmin())) {
            as(other).queryParam("pipelineId", pipeline).queryParam("limit", 1).queryParam("cursor", cursor)
                    .get("/api/v1/opportunities").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void createdByAndUpdatedByNameWhoCreatedAndLastChangedOrMovedIt() {
        String connector = "crm-connector-" + UUID.randomUUID();
        Map<String, String> crm = TestCallers.bearer(TestCallers.withRoles(connector, null, List.of("integration")));
        String id = as(crm).body(Api.opportunity(Api.account(), org.eastRep)).post("/api/v1/opportunities")
                .then().statusCode(201)
                .body("createdBy", equalTo(connector)).body("updatedBy", equalTo(connector))
                .extract().path("id");

        as(org.asRep()).body(Map.of("amount", 5000)).patch("/api/v1/opportunities/" + id).then().statusCode(200)
                .body("createdBy", equalTo(connector)).body("updatedBy", equalTo(org.email(org.eastRep)));
        as(org.asManager()).body(Map.of("stage", "NEGOTIATION")).post("/api/v1/opportunities/" + id + "/stage")
                .then().statusCode(200)
                .body("createdBy", equalTo(connector)).body("updatedBy", equalTo(org.email(org.boss)));
        as(org.asRep()).get("/api/v1/opportunities/" + id + "/history").then().statusCode(200)
                .body("items.movedBy", contains(org.email(org.boss)));
        assertThat(db.single("select created_by from opportunity where id = ?", UUID.fromString(id)))
                .isEqualTo(connector);
        assertThat(db.single("select updated_by from opportunity where id = ?", UUID.fromString(id)))
                .isEqualTo(org.email(org.boss));
    }
}
