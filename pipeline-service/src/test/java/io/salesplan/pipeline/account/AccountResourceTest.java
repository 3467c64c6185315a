package io.salesplan.pipeline.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    @Inject
    Db db;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String create(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    @Test
    void createdAccountIsReadBackWithEtagAndPublished() {
        String name = Api.unique("Lianhua Trading");
        Response created = given().contentType(ContentType.JSON).body(Map.of("name", "  " + name + " "))
                .post("/api/v1/accounts");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/accounts/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("createdAt", notNullValue());
        String id = created.path("id");
        given().get("/api/v1/accounts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("name", equalTo(name));

        EventEnvelope event = Api.CODEC.read(Api.topics().await(Api.TOPIC, r -> id.equals(r.key()),
                Duration.ofSeconds(20)).value());
        assertThat(event.type()).isEqualTo(AccountEventV1.CREATED);
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.data().get("accountId").asText()).isEqualTo(id);
        assertThat(event.data().get("name").asText()).isEqualTo(name);
        assertThat(event.data().get("version").asLong()).isZero();
    }

    @Test
    void patchingWithTheCurrentEtagChangesTheNameAndPublishesTheUpdate() {
        String id = create(Api.unique("Before"));
        String renamed = Api.unique("After");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", renamed))
                .patch("/api/v1/accounts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo(renamed)).body("version", equalTo(1));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.events(id, AccountEventV1.UPDATED).size() == 1);
        EventEnvelope updated = Api.events(id, AccountEventV1.UPDATED).get(0);
        assertThat(updated.data().get("name").asText()).isEqualTo(renamed);
        assertThat(updated.data().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void patchingWithAStaleEtagIs412AndChangesNothing() {
        String name = Api.unique("Stable");
        String id = create(name);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", Api.unique("One")))
                .patch("/api/v1/accounts/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "Lost update"))
                .patch("/api/v1/accounts/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        given().get("/api/v1/accounts/" + id).then().body("name", org.hamcrest.Matchers.not(equalTo("Lost update")))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() {
        String name = Api.unique("Same");
        String id = create(name);
        given().contentType(ContentType.JSON).body(Map.of("name", name))
                .patch("/api/v1/accounts/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> db.pendingEvents(id) == 0);
        assertThat(db.outboxEvents(id)).isEqualTo(1);
    }

    @Test
    void badAccountsAreRejectedAndNothingIsWritten() {
        String longName = "x".repeat(10_000);
        given().contentType(ContentType.JSON).body(Map.of("name", longName))
                .post("/api/v1/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body("[1,2]")
                .post("/api/v1/accounts").then().statusCode(400).contentType("application/problem+json");
        assertThat(db.count("select count(*) from account where length(name) > 200")).isZero();
        given().contentType(ContentType.JSON).body("{\"name\": \"nul\\u0000byte\"}")
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().queryParam("q", "nul\u0000").get("/api/v1/accounts").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));

        String id = create(Api.unique("Valid"));
        given().contentType(ContentType.JSON).body(Map.of("name", "   "))
                .patch("/api/v1/accounts/" + id).then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().get("/api/v1/accounts/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .patch("/api/v1/accounts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void searchIsCaseInsensitiveAndPagedWithACursor() {
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (String name : List.of(marker + " alpha", marker.toUpperCase() + " Beta", "Acme " + marker.toLowerCase(),
                "gamma " + marker)) {
            ids.add(create(name));
        }
        create(Api.unique("Unrelated"));

        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", marker.toLowerCase()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/accounts");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            names.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void aCursorFromAnotherQueryOrTamperedWithIs400() {
        String marker = "Cur" + UUID.randomUUID().toString().substring(0, 8);
        create(marker + " one");
        create(marker + " two");
        String cursor = given().queryParam("q", marker).queryParam("limit", 1).get("/api/v1/accounts")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(cursor).isNotNull();
        given().queryParam("q", "something else").queryParam("cursor", cursor).get("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("q", marker).queryParam("cursor", cursor + "x").get("/api/v1/accounts")
                .then().statusCode(400);
        given().queryParam("limit", 501).get("/api/v1/accounts").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = create("100%_" + marker);
        create("100ab" + marker);
        given().queryParam("q", "100%_" + marker).get("/api/v1/accounts").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(id));
    }
}
