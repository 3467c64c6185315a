package io.salesplan.goals.rep;

import static io.salesplan.goals.Api.PROBLEM_JSON;
import static io.salesplan.goals.Api.json;
import static io.salesplan.goals.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.goals.Api;
import io.salesplan.platform.event.EventEnvelope;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RepResourceTest {

    @Test
    void aCreatedRepCanBeFetchedAtOnceAndIsPublished() {
        String team = Api.team(unique("T"), null);
        String email = unique("li.wei") + "@example.com";
        String id = json().body(Map.of("name", "Li Wei", "email", email, "teamId", team)).post("/api/v1/reps")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("active", equalTo(true)).body("teamId", equalTo(team)).extract().path("id");

        json().get("/api/v1/reps/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(id)).body("name", equalTo("Li Wei")).body("email", equalTo(email))
                .body("teamId", equalTo(team)).body("active", equalTo(true)).body("version", equalTo(0));

        EventEnvelope created = Api.event("salesplan.rep.created.v1", id);
        assertThat(created.data().get("repId").asText()).isEqualTo(id);
        assertThat(created.data().get("email").asText()).isEqualTo(email);
        assertThat(created.data().get("teamId").asText()).isEqualTo(team);
        assertThat(created.data().get("active").asBoolean()).isTrue();
        assertThat(created.data().get("version").asLong()).isZero();
    }

    @Test
    void anUnknownRepIsA404Problem() {
        json().get("/api/v1/reps/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("title", containsString("not found"));
        json().get("/api/v1/reps/nope").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void aDuplicateEmailIsA409WhateverItsCase() {
        String team = Api.team(unique("T"), null);
        String email = unique("dup") + "@example.com";
        json().body(Map.of("name", "First", "email", email, "teamId", team)).post("/api/v1/reps").then().statusCode(201);

        json().body(Map.of("name", "Second", "email", email.toUpperCase(), "teamId", team)).post("/api/v1/reps")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("detail", containsString("already exists"));
        json().queryParam("teamId", team).get("/api/v1/reps").then().body("items", hasSize(1));

        String other = Api.rep(team);
        json().body(Map.of("email", email)).patch("/api/v1/reps/" + other).then().statusCode(409);
    }

    @Test
    void anUnknownTeamIsA422() {
        String unknown = UUID.randomUUID().toString();
        json().body(Map.of("name", "X", "email", unique("x") + "@example.com", "teamId", unknown))
                .post("/api/v1/reps").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("teamId")).body("detail", containsString(unknown));
        String rep = Api.rep(Api.team(unique("T"), null));
        json().body(Map.of("teamId", unknown)).patch("/api/v1/reps/" + rep).then().statusCode(422);
    }

    @Test
    void invalidFieldsAre400sNamingEachField() {
        json().body(Map.of("name", "", "email", "not-an-email")).post("/api/v1/reps")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("email", "name", "teamId"));
        json().body(Map.of("name", "X", "email", "x@example.com", "teamId", "123")).post("/api/v1/reps")
                .then().statusCode(400).body("errors[0].field", equalTo("teamId"))
                .body("errors[0].message", equalTo("must be a UUID"));
        json().body(Map.of("name", "X", "email", "x@example.com", "teamId", UUID.randomUUID(), "active", "yes"))
                .post("/api/v1/reps").then().statusCode(400).body("errors[0].field", equalTo("active"));
    }

    @Test
    void aRepMovesToAnotherTeamAndIsDeactivatedWithAnEventPerChange() {
        String from = Api.team(unique("From"), null);
        String to = Api.team(unique("To"), null);
        String rep = Api.rep(from);

        json().header("If-Match", "\"0\"").body(Map.of("teamId", to)).patch("/api/v1/reps/" + rep)
                .then().statusCode(200).header("ETag", "\"1\"").body("teamId", equalTo(to));
        json().header("If-Match", "\"1\"").body(Map.of("active", false)).patch("/api/v1/reps/" + rep)
                .then().statusCode(200).header("ETag", "\"2\"").body("active", equalTo(false));

        json().queryParam("teamId", from).get("/api/v1/reps").then().body("items", hasSize(0));
        json().queryParam("teamId", to).queryParam("active", "false").get("/api/v1/reps")
                .then().body("items.id", contains(rep));
        json().queryParam("teamId", to).queryParam("active", "true").get("/api/v1/reps")
                .then().body("items", hasSize(0));

        EventEnvelope deactivated = Api.event("salesplan.rep.updated.v1", rep,
                e -> e.data().get("version").asLong() == 2);
        assertThat(deactivated.data().get("teamId").asText()).isEqualTo(to);
        assertThat(deactivated.data().get("active").asBoolean()).isFalse();
        assertThat(Api.event("salesplan.rep.updated.v1", rep, e -> e.data().get("version").asLong() == 1)
                .data().get("active").asBoolean()).isTrue();
    }

    @Test
    void aStaleIfMatchIsA412() {
        String rep = Api.rep(Api.team(unique("T"), null));
        json().body(Map.of("name", "Renamed")).patch("/api/v1/reps/" + rep).then().statusCode(200);
        json().header("If-Match", "\"0\"").body(Map.of("name", "Lost")).patch("/api/v1/reps/" + rep)
                .then().statusCode(412).contentType(PROBLEM_JSON);
        json().get("/api/v1/reps/" + rep).then().body("name", equalTo("Renamed"));
    }

    @Test
    void aTeamsRepsArePaginated() {
        String team = Api.team(unique("T"), null);
        String a = Api.rep(team);
        String b = Api.rep(team);
        String cursor = json().queryParam("teamId", team).queryParam("limit", 1).get("/api/v1/reps")
                .then().statusCode(200).body("items.id", contains(a)).extract().path("nextCursor");
        json().queryParam("teamId", team).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/reps")
                .then().statusCode(200).body("items.id", contains(b));
        json().queryParam("active", "sometimes").get("/api/v1/reps").then().statusCode(400)
                .body("errors[0].field", equalTo("active"));
    }
}
