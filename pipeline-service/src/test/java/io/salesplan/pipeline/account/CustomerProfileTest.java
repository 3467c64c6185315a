package io.salesplan.pipeline.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.opportunity.OpportunityEventV1;
import io.salesplan.pipeline.opportunity.OpportunityStageChangedV1;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts' customer profile, its filters, and the profile each opportunity keeps from its creation. */
@QuarkusTest
class CustomerProfileTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String account(String name, String industry, String region, String size) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("industry", industry);
        body.put("region", region);
        body.put("size", size);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anAccountCarriesItsProfileInTheApiAndItsEvents() {
        String id = account(Api.unique("Profiled"), " Manufacturing ", "East China", "LARGE");
        given().get("/api/v1/accounts/" + id).then().statusCode(200)
                .body("industry", equalTo("Manufacturing"))
                .body("region", equalTo("East China"))
                .body("size", equalTo("LARGE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.events(id, AccountEventV1.CREATED).size() == 1);
        JsonNode created = Api.events(id, AccountEventV1.CREATED).get(0).data();
        assertThat(created.get("industry").asText()).isEqualTo("Manufacturing");
        assertThat(created.get("region").asText()).isEqualTo("East China");
        assertThat(created.get("size").asText()).isEqualTo("LARGE");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"size\": \"ENTERPRISE\", \"region\": null}").patch("/api/v1/accounts/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("industry", equalTo("Manufacturing"))
                .body("region", nullValue())
                .body("size", equalTo("ENTERPRISE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.events(id, AccountEventV1.UPDATED).size() == 1);
        JsonNode updated = Api.events(id, AccountEventV1.UPDATED).get(0).data();
        assertThat(updated.get("region").isNull()).isTrue();
        assertThat(updated.get("size").asText()).isEqualTo("ENTERPRISE");
        assertThat(updated.get("version").asLong()).isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"size\": \"ENTERPRISE\", \"region\": null}")
                .patch("/api/v1/accounts/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void accountsAreFilteredByTheirProfile() {
        String industry = "Ind " + UUID.randomUUID();
        String a = account(Api.unique("A"), industry, "North", "SMALL");
        String b = account(Api.unique("B"), industry.toUpperCase(), "South", "SMALL");
        String c = account(Api.unique("C"), industry, "North", "MID");
        account(Api.unique("D"), "Other " + industry, "North", "SMALL");

        assertThat(ids(Map.of("industry", industry.toLowerCase()))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(Map.of("industry", industry, "region", "north"))).containsExactlyInAnyOrder(a, c);
        assertThat(ids(Map.of("industry", industry, "size", "SMALL"))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(Map.of("industry", industry, "region", "North", "size", "MID"))).containsExactly(c);

        given().queryParam("size", "HUGE").get("/api/v1/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"))
                .body("errors[0].message", containsString("SMALL, MID, LARGE, ENTERPRISE"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "size", "HUGE")).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("size"))
                .body("errors[0].message", containsString("SMALL, MID, LARGE, ENTERPRISE"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "industry", "y".repeat(101)))
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("industry"));
        String cursor = given().queryParam("industry", industry).queryParam("limit", 1).get("/api/v1/accounts")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("industry", industry).queryParam("region", "South").queryParam("cursor", cursor)
                .get("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    private static List<String> ids(Map<String, ?> query) {
        return given().queryParams(query).queryParam("limit", 500).get("/api/v1/accounts")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void anOpportunityKeepsTheProfileItsAccountHadWhenItWasCreated() {
        String account = account(Api.unique("Reclassified"), "Retail", "West", "SMALL");
        UUID owner = Api.rep();
        String before = Api.createOpportunity(Api.opportunity(account, owner));
        given().get("/api/v1/opportunities/" + before).then().statusCode(200)
                .body("accountProfile.industry", equalTo("Retail"))
                .body("accountProfile.region", equalTo("West"))
                .body("accountProfile.size", equalTo("SMALL"));

        given().contentType(ContentType.JSON).body(Map.of("industry", "Logistics", "size", "MID"))
                .patch("/api/v1/accounts/" + account).then().statusCode(200);
        String after = Api.createOpportunity(Api.opportunity(account, owner));
        given().get("/api/v1/opportunities/" + after).then()
                .body("accountProfile.industry", equalTo("Logistics"))
                .body("accountProfile.region", equalTo("West"))
                .body("accountProfile.size", equalTo("MID"));

        Api.move(before, Map.of("stage", "WON"), 200);
        given().get("/api/v1/opportunities/" + before).then()
                .body("accountProfile.industry", equalTo("Retail")).body("accountProfile.size", equalTo("SMALL"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(before, OpportunityStageChangedV1.TYPE).size() == 1);
        JsonNode created = Api.events(before, OpportunityEventV1.CREATED).get(0).data();
        assertThat(created.get("accountProfile").get("industry").asText()).isEqualTo("Retail");
        assertThat(created.get("accountProfile").get("region").asText()).isEqualTo("West");
        assertThat(created.get("accountProfile").get("size").asText()).isEqualTo("SMALL");
        JsonNode won = Api.events(before, OpportunityStageChangedV1.TYPE).get(0).data();
        assertThat(won.get("accountProfile").get("industry").asText()).isEqualTo("Retail");
    }

    @Test
    void anOpportunityMovedToAnotherAccountTakesThatAccountsProfile() {
        String first = account(Api.unique("First"), "Finance", null, null);
        String second = account(Api.unique("Second"), "Healthcare", "South", "ENTERPRISE");
        String id = Api.createOpportunity(Api.opportunity(first, Api.rep()));
        given().get("/api/v1/opportunities/" + id).then().body("accountProfile.industry", equalTo("Finance"))
                .body("accountProfile.region", nullValue()).body("accountProfile.size", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("accountId", second)).patch("/api/v1/opportunities/" + id)
                .then().statusCode(200)
                .body("accountProfile.industry", equalTo("Healthcare"))
                .body("accountProfile.region", equalTo("South"))
                .body("accountProfile.size", equalTo("ENTERPRISE"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, OpportunityEventV1.UPDATED).size() == 1);
        assertThat(Api.events(id, OpportunityEventV1.UPDATED).get(0).data().get("accountProfile").get("industry")
                .asText()).isEqualTo("Healthcare");
    }
}
