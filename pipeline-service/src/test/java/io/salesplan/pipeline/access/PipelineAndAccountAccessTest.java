package io.salesplan.pipeline.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.infra.TestCallers;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The rows CHANGE_PIPELINES, READ_PIPELINES, READ_ACCOUNTS and CHANGE_ACCOUNTS, from both sides. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineAndAccountAccessTest {

    private static final List<Map<String, Object>> STAGES = List.of(
            Map.of("key", "LEAD", "probability", 0.2),
            Map.of("key", "SIGNED", "kind", "WON", "probability", 1),
            Map.of("key", "DROPPED", "kind", "LOST", "probability", 0));

    @Inject
    Db db;

    private Organisation org;

    @BeforeAll
    void setUp() {
        Api.configure();
        org = Organisation.announce(db);
    }

    /** A manager, a rep and an integration: every role but admin. */
    private List<Map<String, String>> everyoneButAdmins() {
        return List.of(org.asManager(), org.asRep(), Organisation.asIntegration());
    }

    private List<Map<String, String>> everyone() {
        return List.of(Organisation.asAdmin(), org.asManager(), org.asRep(), Organisation.asIntegration());
    }

    @Test
    void onlyAnAdminCreatesPipelinesOrChangesTheirStages() {
        String pipeline = given().headers(Organisation.asAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", Api.unique("Admin's"))).post("/api/v1/pipelines")
                .then().statusCode(201).extract().path("id");
        for (Map<String, String> caller : everyoneButAdmins()) {
            given().headers(caller).contentType(ContentType.JSON).body(Map.of("name", Api.unique("Not theirs")))
                    .post("/api/v1/pipelines")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("may not create pipelines or change their stages"));
            given().headers(caller).contentType(ContentType.JSON).body(Map.of("stages", STAGES))
                    .put("/api/v1/pipelines/" + pipeline + "/stages")
                    .then().statusCode(403).contentType("application/problem+json");
            given().headers(caller).contentType(ContentType.JSON).body(Map.of("codes", List.of("PRICE")))
                    .put("/api/v1/pipelines/" + pipeline + "/lost-reasons")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/v1/pipelines/" + pipeline).then().statusCode(200).body("version", equalTo(0));
        given().headers(Organisation.asAdmin()).contentType(ContentType.JSON).body(Map.of("stages", STAGES))
                .put("/api/v1/pipelines/" + pipeline + "/stages")
                .then().statusCode(200).body("version", equalTo(1)).body("stages.size()", equalTo(3));
        given().headers(Organisation.asAdmin()).contentType(ContentType.JSON).body(Map.of("codes", List.of("PRICE")))
                .put("/api/v1/pipelines/" + pipeline + "/lost-reasons")
                .then().statusCode(200).body("version", equalTo(2)).body("lostReasonCodes.size()", equalTo(1));
    }

    @Test
    void everyRoleReadsPipelines() {
        for (Map<String, String> caller : everyone()) {
            given().headers(caller).get("/api/v1/pipelines").then().statusCode(200)
                    .body("items[0].id", equalTo(Api.DEFAULT_PIPELINE));
            given().headers(caller).get("/api/v1/pipelines/" + Api.DEFAULT_PIPELINE).then().statusCode(200);
            given().headers(caller).get("/api/v1/pipelines/" + Api.DEFAULT_PIPELINE + "/funnel").then().statusCode(200);
        }
    }

    @Test
    void everyRoleReadsCreatesAndChangesAccounts() {
        for (Map<String, String> caller : everyone()) {
            String name = Api.unique("Customer");
            String id = given().headers(caller).contentType(ContentType.JSON).body(Map.of("name", name))
                    .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
            given().headers(caller).contentType(ContentType.JSON).body(Map.of("name", name + " Ltd"))
                    .patch("/api/v1/accounts/" + id).then().statusCode(200).body("name", equalTo(name + " Ltd"));
            given().headers(caller).get("/api/v1/accounts/" + id).then().statusCode(200);
            given().headers(caller).queryParam("q", name).get("/api/v1/accounts").then().statusCode(200)
                    .body("items.id", equalTo(List.of(id)));
        }
    }

    @Test
    void aTokenWithNoRoleThisServiceKnowsMayDoNothing() {
        Map<String, String> auditor = TestCallers.bearer(
                TestCallers.withRoles("auditor-1", "auditor@example.com", List.of("auditor")));
        given().headers(auditor).get("/api/v1/pipelines").then().statusCode(403)
                .body("detail", containsString("may not read pipelines"));
        given().headers(auditor).get("/api/v1/accounts").then().statusCode(403)
                .body("detail", containsString("may not read accounts"));
        given().headers(auditor).contentType(ContentType.JSON).body(Map.of("name", Api.unique("Customer")))
                .post("/api/v1/accounts").then().statusCode(403)
                .body("detail", containsString("may not create or change accounts"));
        given().headers(auditor).get("/api/v1/opportunities").then().statusCode(403)
                .body("detail", containsString("may not read, create, change or move opportunities"));
    }

    @Test
    void aPersonWhoseEmailMatchesNoActiveRepIsRefused() {
        String email = "nobody-" + UUID.randomUUID() + "@example.com";
        Map<String, String> stranger = TestCallers.bearer(TestCallers.rep(email));
        given().headers(stranger).get("/api/v1/accounts").then().statusCode(403)
                .body("detail", containsString("No active rep has the e-mail of your token"));
    }
}
