package io.salesplan.goals.team;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.goals.Api;
import io.salesplan.platform.event.EventEnvelope;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    @Test
    void createdTeamIsReturnedWithLocationAndETagAndPublished() {
        String name = unique("East China");
        String parent = Api.team(unique("Sales"), null);
        String id = json().body(Map.of("name", name, "parentTeamId", parent)).post("/api/v1/teams")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("parentTeamId", equalTo(parent))
                .body("version", equalTo(0))
                .extract().path("id");

        json().get("/api/v1/teams/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo(name)).body("parentTeamId", equalTo(parent));

        EventEnvelope created = Api.event("salesplan.team.created.v1", id);
        assertThat(created.source()).isEqualTo("/goals-service");
        assertThat(created.data().get("teamId").asText()).isEqualTo(id);
        assertThat(created.data().get("name").asText()).isEqualTo(name);
        assertThat(created.data().get("parentTeamId").asText()).isEqualTo(parent);
        assertThat(created.data().get("version").asLong()).isZero();
    }

    @Test
    void locationHeaderNamesTheNewTeam() {
        String location = json().body(Map.of("name", unique("T"))).post("/api/v1/teams")
                .then().statusCode(201).extract().header("Location");
        json().get(location).then().statusCode(200);
        assertThat(location).contains("/api/v1/teams/");
    }

    @Test
    void renamingWithTheCurrentETagBumpsTheVersionAndPublishesTheWholeTeam() {
        String id = Api.team(unique("Old"), null);
        String etag = json().get("/api/v1/teams/" + id).then().extract().header("ETag");
        String name = unique("New");

        json().header("If-Match", etag).body(Map.of("name", name)).patch("/api/v1/teams/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo(name)).body("version", equalTo(1));

        EventEnvelope updated = Api.event("salesplan.team.updated.v1", id);
        assertThat(updated.data().get("name").asText()).isEqualTo(name);
        assertThat(updated.data().get("version").asLong()).isEqualTo(1);
        assertThat(updated.data().get("parentTeamId").isNull()).isTrue();
    }

    @Test
    void aStaleIfMatchIsA412AndChangesNothing() {
        String id = Api.team(unique("T"), null);
        json().body(Map.of("name", unique("first"))).patch("/api/v1/teams/" + id).then().statusCode(200);

        json().header("If-Match", "\"0\"").body(Map.of("name", "lost update")).patch("/api/v1/teams/" + id)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("status", equalTo(412));
        json().get("/api/v1/teams/" + id).then().body("version", equalTo(1))
                .body("name", org.hamcrest.Matchers.not(equalTo("lost update")));
    }

    @Test
    void movingATeamUnderItsOwnSubTeamIsA409() {
        String top = Api.team(unique("Top"), null);
        String middle = Api.team(unique("Middle"), top);
        String bottom = Api.team(unique("Bottom"), middle);

        json().body(Map.of("parentTeamId", bottom)).patch("/api/v1/teams/" + top)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString("its own ancestor"));
        json().body(Map.of("parentTeamId", top)).patch("/api/v1/teams/" + top)
                .then().statusCode(409).contentType(PROBLEM_JSON);
        json().get("/api/v1/teams/" + top).then().body("parentTeamId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void twoCrossedMovesAtTheSameTimeCannotTogetherMakeACycle() throws Exception {
        for (int round = 0; round < 5; round++) {
            String a = Api.team(unique("A"), null);
            String b = Api.team(unique("B"), null);
            java.util.concurrent.CompletableFuture<Integer> aUnderB = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> json().body(Map.of("parentTeamId", b)).patch("/api/v1/teams/" + a).statusCode());
            java.util.concurrent.CompletableFuture<Integer> bUnderA = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> json().body(Map.of("parentTeamId", a)).patch("/api/v1/teams/" + b).statusCode());
            assertThat(java.util.List.of(aUnderB.get(), bUnderA.get())).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void aTeamCanMoveToAnotherParentAndBackToTopLevel() {
        String a = Api.team(unique("A"), null);
        String b = Api.team(unique("B"), null);
        String child = Api.team(unique("Child"), a);

        json().body(Map.of("parentTeamId", b)).patch("/api/v1/teams/" + child)
                .then().statusCode(200).body("parentTeamId", equalTo(b));
        json().body(Map.of("name", unique("renamed"))).patch("/api/v1/teams/" + child)
                .then().statusCode(200).body("parentTeamId", equalTo(b)).body("version", equalTo(2));
        Map<String, Object> topLevel = new HashMap<>();
        topLevel.put("parentTeamId", null);
        json().body(topLevel).patch("/api/v1/teams/" + child)
                .then().statusCode(200).body("parentTeamId", nullValue()).body("version", equalTo(3));
        json().body(topLevel).patch("/api/v1/teams/" + child)
                .then().statusCode(200).body("version", equalTo(3));
        assertThat(Api.events(child).stream().filter(e -> e.type().equals("salesplan.team.updated.v1")))
                .hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void anUnknownParentIsA422AndNothingIsCreated() {
        String name = unique("Orphan");
        String unknown = UUID.randomUUID().toString();
        json().body(Map.of("name", name, "parentTeamId", unknown)).post("/api/v1/teams")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("parentTeamId"))
                .body("detail", containsString(unknown));
        json().queryParam("parentTeamId", unknown).get("/api/v1/teams").then().body("items", hasSize(0));
    }

    @Test
    void aBlankOrMissingNameIsA400NamingTheField() {
        json().body(Map.of("name", " ")).post("/api/v1/teams")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("name"));
        json().body("{}").post("/api/v1/teams")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("name"));
        json().body("{\"name\": ").post("/api/v1/teams")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("title", equalTo("Malformed JSON"));
    }

    @Test
    void anUnknownOrMalformedTeamIdIsA404Problem() {
        json().get("/api/v1/teams/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
        json().get("/api/v1/teams/not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON);
        json().body(Map.of("name", "x")).patch("/api/v1/teams/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void subTeamsAreListedPageByPage() {
        String parent = Api.team(unique("Parent"), null);
        String first = Api.team(unique("c1"), parent);
        String second = Api.team(unique("c2"), parent);
        String third = Api.team(unique("c3"), parent);

        String cursor = json().queryParam("parentTeamId", parent).queryParam("limit", 2).get("/api/v1/teams")
                .then().statusCode(200).body("items.id", contains(first, second))
                .extract().path("nextCursor");
        json().queryParam("parentTeamId", parent).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/teams").then().statusCode(200)
                .body("items.id", contains(third)).body("nextCursor", nullValue());

        json().queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/teams")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("cursor"));
        json().queryParam("parentTeamId", parent).queryParam("cursor", cursor + "x").get("/api/v1/teams")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void badQueryParametersAre400s() {
        json().queryParam("limit", 501).get("/api/v1/teams").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("limit"));
        json().queryParam("parentTeamId", "nope").get("/api/v1/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("parentTeamId"));
        json().queryParam("topLevel", "maybe").get("/api/v1/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("topLevel"));
        json().get("/api/v1/teams").then().statusCode(200).body("nextCursor", org.hamcrest.Matchers.anything());
        json().get("/api/v1/teams/" + UUID.randomUUID()).then().header("Content-Type", endsWith("problem+json"));
    }
}
