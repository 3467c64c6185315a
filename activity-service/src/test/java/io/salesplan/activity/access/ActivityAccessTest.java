package io.salesplan.activity.access;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static io.salesplan.activity.Org.asIntegration;
import static io.salesplan.activity.Org.asRep;
import static io.salesplan.activity.Org.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.salesplan.activity.Org;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakePipeline;
import io.salesplan.infra.TestCallers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ACTIVITIES row of the role matrix: admins and integrations reach every rep, a manager the reps
 * of the teams they manage (sub-teams included) and themselves, a rep only themselves.
 */
@QuarkusTest
class ActivityAccessTest {

    private static final Map<String, String> ADMIN = Map.of();

    @Inject
    Sql sql;

    Org org;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void organisation() {
        org = Org.create(sql);
    }

    private static String log(Map<String, String> caller, Map<String, Object> body) {
        return json().headers(caller).body(body).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
    }

    private static String log(UUID owner, UUID account) {
        Map<String, Object> body = activity(owner, "CALL");
        body.put("accountId", account.toString());
        return log(ADMIN, body);
    }

    private static List<String> listed(Map<String, String> caller, String query) {
        return json().headers(caller).get("/api/v1/activities?limit=500" + query).then().statusCode(200)
                .body("nextCursor", nullValue()).extract().path("items.id");
    }

    @Test
    void eachRoleLogsForTheRepsItReachesAndGetsA403NamingOwnerIdForAnyOther() {
        log(ADMIN, activity(org.southRep(), "CALL"));
        log(asIntegration(), activity(org.southRep(), "CALL"));
        json().headers(org.asManager()).body(activity(org.northEastRep(), "VISIT")).post("/api/v1/activities").then()
                .statusCode(201)
                .body("createdBy", equalTo(email(org.manager())))
                .body("updatedBy", equalTo(email(org.manager())));
        log(org.asManager(), activity(org.manager(), "VISIT"));
        log(asRep(org.northRep()), activity(org.northRep(), "DEMO"));

        json().headers(org.asManager()).body(activity(org.southRep(), "CALL")).post("/api/v1/activities").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("ownerId: "))
                .body("detail", containsString(org.southRep().toString()));
        json().headers(asRep(org.northRep())).body(activity(org.northEastRep(), "CALL")).post("/api/v1/activities")
                .then().statusCode(403)
                .body("detail", startsWith("ownerId: "));
        json().headers(TestCallers.bearer(TestCallers.manager("nobody-" + UUID.randomUUID() + "@example.com")))
                .body(activity(org.northRep(), "CALL")).post("/api/v1/activities").then().statusCode(403)
                .body("detail", containsString("No active rep has the e-mail of your token"));

        assertThat(sql.count("select count(*) from activity where owner_id = ?", org.southRep())).isEqualTo(2);
        assertThat(sql.count("select count(*) from activity where owner_id = ?", org.northEastRep())).isEqualTo(1);
        assertThat(sql.count("select count(*) from activity where owner_id = ?", org.northRep())).isEqualTo(1);
    }

    @Test
    void aManagerListsExactlyTheActivitiesOfTheirTeamsRepsAndThemselvesAndARepOnlyTheirOwn() {
        UUID account = FakePipeline.account();
        String north1 = log(org.northRep(), account);
        String north2 = log(org.northRep(), account);
        String northEast = log(org.northEastRep(), account);
        String manager = log(org.manager(), account);
        log(org.southRep(), account);
        log(org.southRep(), account);
        log(org.southManager(), account);

        assertThat(listed(org.asManager(), "")).containsExactlyInAnyOrder(north1, north2, northEast, manager);
        assertThat(listed(org.asManager(), "&accountId=" + account))
                .containsExactlyInAnyOrder(north1, north2, northEast, manager);
        assertThat(listed(org.asManager(), "&ownerId=" + org.northEastRep())).containsExactly(northEast);
        assertThat(listed(asRep(org.northRep()), "")).containsExactlyInAnyOrder(north1, north2);
        assertThat(listed(asRep(org.northRep()), "&accountId=" + account)).containsExactlyInAnyOrder(north1, north2);
        assertThat(listed(ADMIN, "&accountId=" + account)).hasSize(7);
        assertThat(listed(asIntegration(), "&accountId=" + account)).hasSize(7);

        json().headers(org.asManager()).queryParam("ownerId", org.southRep().toString()).get("/api/v1/activities")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("ownerId: "));
        json().headers(asRep(org.northRep())).queryParam("ownerId", org.northEastRep().toString())
                .get("/api/v1/activities").then().statusCode(403)
                .body("detail", startsWith("ownerId: "));
    }

    @Test
    void anActivityOutsideTheScopeIs404ByIdForReadingChangingAndDeletingAndStaysAsItWas() {
        String south = log(ADMIN, activity(org.southRep(), "CALL"));
        String northEast = log(ADMIN, activity(org.northEastRep(), "CALL"));

        for (Map<String, String> outsider : List.of(org.asManager(), asRep(org.northRep()))) {
            json().headers(outsider).get("/api/v1/activities/" + south).then().statusCode(404)
                    .contentType("application/problem+json");
            json().headers(outsider).body(Map.of("outcome", "hijacked")).patch("/api/v1/activities/" + south).then()
                    .statusCode(404);
            json().headers(outsider).delete("/api/v1/activities/" + south).then().statusCode(404);
        }
        json().headers(asRep(org.northRep())).get("/api/v1/activities/" + northEast).then().statusCode(404);
        json().get("/api/v1/activities/" + south).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("outcome", nullValue());

        json().headers(asRep(org.northEastRep())).get("/api/v1/activities/" + northEast).then().statusCode(200);
        json().headers(org.asManager()).body(Map.of("outcome", "Met the buyer")).patch("/api/v1/activities/" + northEast)
                .then().statusCode(200)
                .body("outcome", equalTo("Met the buyer"))
                .body("updatedBy", equalTo(email(org.manager())));
        json().headers(org.asManager()).delete("/api/v1/activities/" + northEast).then().statusCode(204);
    }

    @Test
    void aManagersBatchStoresExactlyTheItemsWhoseOwnerIsInScopeAndReportsTheOthersAsInvalid() {
        String source = "crm-" + UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        List<Map<String, Object>> items = List.of(
                activity(org.northRep(), "CALL"), activity(org.southRep(), "CALL"), activity(org.northEastRep(), "CALL"),
                activity(unknown, "CALL"), activity(org.manager(), "CALL"));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).put("source", source);
            items.get(i).put("externalId", "item-" + i);
        }

        json().headers(org.asManager()).body(Map.of("items", items)).post("/api/v1/activities/batch").then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("duplicates", equalTo(0))
                .body("invalid", equalTo(2))
                .body("results.status", contains("CREATED", "INVALID", "CREATED", "INVALID",
                        "CREATED"))
                .body("results[1].id", nullValue())
                .body("results[1].errors[0].field", equalTo("ownerId"))
                .body("results[1].errors[0].message", equalTo("rep " + org.southRep() + " is outside your scope"))
                .body("results[3].errors[0].field", equalTo("ownerId"))
                .body("results[3].errors[0].message", containsString("outside your scope"));

        assertThat(sql.count("select count(*) from activity where source = ?", source)).isEqualTo(3);
        assertThat(sql.count("select count(*) from activity where source = ? and owner_id in (?, ?, ?) "
                + "and created_by = ?", source, org.northRep(), org.northEastRep(), org.manager(), email(org.manager())))
                .isEqualTo(3);
        assertThat(sql.count("select count(*) from activity where owner_id = ? or owner_id = ?", org.southRep(), unknown))
                .isZero();

        json().headers(asRep(org.northRep())).body(Map.of("items", List.of(activity(org.northRep(), "EMAIL"),
                activity(org.northEastRep(), "EMAIL")))).post("/api/v1/activities/batch").then().statusCode(200)
                .body("results.status", contains("CREATED", "INVALID"))
                .body("results[1].errors[0].field", equalTo("ownerId"));
        assertThat(sql.count("select count(*) from activity where owner_id = ?", org.northEastRep())).isEqualTo(1);
    }

    @Test
    void anIntegrationMayBatchLogForAnyRep() {
        json().headers(asIntegration()).body(Map.of("items", List.of(activity(org.northRep(), "EMAIL"),
                activity(org.southRep(), "EMAIL"), activity(org.southManager(), "EMAIL"))))
                .post("/api/v1/activities/batch").then().statusCode(200)
                .body("created", equalTo(3))
                .body("invalid", equalTo(0));
        assertThat(sql.count("select count(*) from activity where owner_id in (?, ?, ?)", org.northRep(), org.southRep(),
                org.southManager())).isEqualTo(3);
    }

    @Test
    void resendingASourceAndExternalIdStoredForARepOutsideTheScopeIs403AndRevealsNothingOfIt() {
        String externalId = "ext-" + UUID.randomUUID();
        Map<String, Object> south = activity(org.southRep(), "VISIT");
        south.put("source", "salesforce");
        south.put("externalId", externalId);
        south.put("notes", "South's secret notes");
        String stored = log(ADMIN, south);

        Map<String, Object> resent = activity(org.northRep(), "VISIT");
        resent.put("source", "salesforce");
        resent.put("externalId", externalId);
        String answer = json().headers(org.asManager()).body(resent).post("/api/v1/activities").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("externalId: "))
                .extract().asString();
        assertThat(answer).doesNotContain(stored).doesNotContain("secret").doesNotContain(org.southRep().toString());

        json().headers(org.asManager()).body(Map.of("items", List.of(resent, resent))).post("/api/v1/activities/batch")
                .then().statusCode(200)
                .body("invalid", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("results.id", everyItem(nullValue()))
                .body("results[0].errors[0].field", equalTo("externalId"))
                .body("results[1].errors[0].field", equalTo("externalId"))
                .body(not(containsString(stored)));
        assertThat(sql.count("select count(*) from activity where external_id = ?", externalId)).isEqualTo(1);

        json().body(south).post("/api/v1/activities").then().statusCode(200).body("id", equalTo(stored));

        Map<String, Object> own = activity(org.northEastRep(), "CALL");
        own.put("source", "salesforce");
        own.put("externalId", "ext-" + UUID.randomUUID());
        String ownId = log(ADMIN, own);
        json().headers(org.asManager()).body(own).post("/api/v1/activities").then().statusCode(200)
                .body("id", equalTo(ownId));
    }

    @Test
    void aCursorGivenToOneCallerIsA400WhenAnotherReplaysIt() {
        log(org.northRep(), FakePipeline.account());
        log(org.northRep(), FakePipeline.account());
        String cursor = json().headers(org.asManager()).queryParam("limit", 1).get("/api/v1/activities").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");

        json().headers(org.asManager()).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/activities")
                .then().statusCode(200).body("items", hasSize(1));
        for (Map<String, String> other : List.of(ADMIN, asRep(org.northRep()), asIntegration())) {
            json().headers(other).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/activities").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void everyRoleThatReachesTheOwnerMayReadTheActivityAndAnIntegrationDeleteIt() {
        String own = log(asRep(org.northRep()), activity(org.northRep(), "CALL"));
        for (Map<String, String> caller : List.of(ADMIN, asIntegration(), org.asManager(), asRep(org.northRep()))) {
            json().headers(caller).get("/api/v1/activities/" + own).then().statusCode(200)
                    .body("createdBy", equalTo(email(org.northRep())));
        }
        json().headers(asIntegration()).delete("/api/v1/activities/" + own).then().statusCode(204);
    }
}
