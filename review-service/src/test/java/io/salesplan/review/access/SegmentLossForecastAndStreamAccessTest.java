package io.salesplan.review.access;

import static io.restassured.RestAssured.given;
import static io.salesplan.review.support.Reports.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.salesplan.infra.TestCallers;
import io.salesplan.review.support.EventStream;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Organisation;
import io.salesplan.review.support.Producers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The segment, lost-reason and forecast reports (row REPORTS), forecast calls (FORECASTS) and the live
 * stream (LIVE_VARIANCE) by role and scope, from both sides, over {@link Organisation}.
 */
@QuarkusTest
class SegmentLossForecastAndStreamAccessTest {

    private static final String AS_OF = "2026-02-13";
    private static final Organisation ORG = new Organisation();
    private static final Map<String, Map<String, Object>> REPORTS = Map.of(
            "/api/v1/reviews/segments", Map.of("dimension", "industry"),
            "/api/v1/reviews/lost-reasons", Map.of(),
            "/api/v1/reviews/forecast", Map.of("period", "2026-Q1"));

    @BeforeAll
    static void deliverTheOrganisation() {
        Feed.send(ORG.events());
        Feed.awaitConsumed(Duration.ofSeconds(60));
    }

    private static ValidatableResponse get(String token, String path, Map<String, ?> query) {
        return given().headers(TestCallers.bearer(token)).queryParams(query).get(path).then();
    }

    private static ValidatableResponse forbidden(ValidatableResponse response) {
        return response.statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    private static Map<String, Object> owner(Map<String, Object> report, String type, UUID id) {
        Map<String, Object> query = new HashMap<>(report);
        query.put("asOf", AS_OF);
        query.put("from", "2026-01-01");
        if (type != null) {
            query.put("ownerType", type);
            query.put("ownerId", id);
        }
        return query;
    }

    @Test
    void theNewReportsAreForAdminsOnAnyOwnerManagersInTheirScopeAndRepsOnThemselves() {
        REPORTS.forEach((path, report) -> {
            get(TestCallers.admin(), path, owner(report, null, null)).statusCode(200);
            get(TestCallers.admin(), path, owner(report, "TEAM", ORG.x)).statusCode(200);

            String boss = ORG.manager(ORG.boss);
            get(boss, path, owner(report, "TEAM", ORG.d)).statusCode(200);
            get(boss, path, owner(report, "TEAM", ORG.e)).statusCode(200);
            get(boss, path, owner(report, "REP", ORG.a2)).statusCode(200);
            forbidden(get(boss, path, owner(report, "TEAM", ORG.x)))
                    .body("detail", allOf(containsString("ownerId"), containsString(ORG.x.toString())));
            forbidden(get(boss, path, owner(report, "REP", ORG.m1)));
            forbidden(get(boss, path, owner(report, null, null))).body("detail", containsString("teams you manage"));

            get(ORG.rep(ORG.a1), path, owner(report, "REP", ORG.a1)).statusCode(200);
            forbidden(get(ORG.rep(ORG.a1), path, owner(report, "REP", ORG.a2)));
            forbidden(get(ORG.rep(ORG.a1), path, owner(report, "TEAM", ORG.d)));

            forbidden(get(TestCallers.integration(), path, owner(report, "TEAM", ORG.d)))
                    .body("detail", containsString("may not read"));
        });
    }

    @Test
    void aManagersTeamReportsCountNothingOutsideTheirScope() {
        String boss = ORG.manager(ORG.boss);
        // d3 (a2, in sub-team E) was lost; d5, won by m1 who moved to X, and X's d4 are not the team's
        JsonPath lost = get(boss, "/api/v1/reviews/lost-reasons", owner(Map.of(), "TEAM", ORG.d)).statusCode(200)
                .extract().jsonPath();
        assertThat(lost.getLong("lost")).isEqualTo(1);
        assertThat(lost.getList("items.code")).containsExactly("PRICE");
        JsonPath segments = get(boss, "/api/v1/reviews/segments", owner(Map.of("dimension", "size"), "TEAM", ORG.d))
                .statusCode(200).extract().jsonPath();
        assertThat(segments.getList("items.segment")).containsExactly((Object) null);
        assertThat(segments.getLong("items[0].created")).isEqualTo(3);
        assertThat(segments.getLong("items[0].won")).isEqualTo(2);
        assertThat(segments.getLong("items[0].lost")).isEqualTo(1);
        JsonPath forecast = get(boss, "/api/v1/reviews/forecast", owner(Map.of("period", "2026-Q1"), "TEAM", ORG.d))
                .statusCode(200).extract().jsonPath();
        assertThat(num(forecast, "won")).isEqualByComparingTo("300000.00");
        JsonPath other = get(TestCallers.admin(), "/api/v1/reviews/forecast",
                owner(Map.of("period", "2026-Q1"), "TEAM", ORG.x)).statusCode(200).extract().jsonPath();
        assertThat(num(other, "won")).as("x1's 400 000 and m1's 70 000").isEqualByComparingTo("470000.00");
    }

    private static ValidatableResponse submit(String token, String ownerType, UUID ownerId) {
        Map<String, Object> body = new HashMap<>(Map.of("ownerType", ownerType, "period", "2026-Q1", "amount", 1000));
        if (ownerId != null) {
            body.put("ownerId", ownerId);
        }
        return given().headers(TestCallers.bearer(token)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/forecasts").then();
    }

    @Test
    void forecastCallsAreSubmittedAndReadWithinTheCallersScopeOnly() {
        String boss = ORG.manager(ORG.boss);
        String forD = submit(boss, "TEAM", ORG.d).statusCode(201).extract().path("id");
        String forA2 = submit(boss, "REP", ORG.a2).statusCode(201).extract().path("id");
        forbidden(submit(boss, "TEAM", ORG.x)).body("detail", containsString("ownerId"));
        forbidden(submit(boss, "COMPANY", null));
        String ownCall = submit(ORG.rep(ORG.a1), "REP", ORG.a1).statusCode(201).extract().path("id");
        forbidden(submit(ORG.rep(ORG.a1), "REP", ORG.a2));
        forbidden(submit(ORG.rep(ORG.a1), "TEAM", ORG.d));
        forbidden(submit(TestCallers.integration(), "TEAM", ORG.d)).body("detail", containsString("forecast calls"));
        String forX = submit(ORG.manager(ORG.otherBoss), "TEAM", ORG.x).statusCode(201).extract().path("id");
        submit(TestCallers.admin(), "COMPANY", null).statusCode(201);

        List<String> bossSees = get(boss, "/api/v1/forecasts", Map.of("limit", 500)).statusCode(200)
                .extract().path("items.id");
        assertThat(bossSees).contains(forD, forA2, ownCall).doesNotContain(forX);
        assertThat(get(ORG.rep(ORG.a1), "/api/v1/forecasts", Map.of("limit", 500)).statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(ownCall);
        forbidden(get(boss, "/api/v1/forecasts", Map.of("ownerType", "TEAM", "ownerId", ORG.x)));
        forbidden(get(TestCallers.integration(), "/api/v1/forecasts", Map.of()));
        given().headers(TestCallers.bearer(boss)).get("/api/v1/forecasts/" + forX).then().statusCode(404);
        given().headers(TestCallers.bearer(ORG.rep(ORG.a1))).get("/api/v1/forecasts/" + forD).then().statusCode(404);
        given().headers(TestCallers.bearer(boss)).get("/api/v1/forecasts/" + forD).then().statusCode(200)
                .body("submittedBy", equalTo(Producers.email(ORG.boss)));

        String cursor = get(boss, "/api/v1/forecasts", Map.of("limit", 1)).statusCode(200).extract().path("nextCursor");
        get(ORG.manager(ORG.otherBoss), "/api/v1/forecasts", Map.of("limit", 1, "cursor", cursor)).statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void theStreamIsForAnOwnerInTheCallersScopeAndNeedsAToken() {
        String path = "/api/v1/reviews/stream?ownerType=TEAM&ownerId=" + ORG.d + "&period=2026-Q1";
        try (EventStream anonymous = EventStream.open(path, null, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        }
        try (EventStream integration = EventStream.open(path, TestCallers.integration(), null)) {
            assertThat(integration.status()).isEqualTo(403);
            assertThat(integration.body()).contains("may not follow live variance");
        }
        String other = "/api/v1/reviews/stream?ownerType=TEAM&ownerId=" + ORG.x;
        try (EventStream outside = EventStream.open(other, ORG.manager(ORG.boss), null)) {
            assertThat(outside.status()).isEqualTo(403);
            assertThat(outside.header("Content-Type")).startsWith("application/problem+json");
            assertThat(outside.body()).contains("ownerId");
        }
        try (EventStream bad = EventStream.open("/api/v1/reviews/stream?ownerType=GROUP", TestCallers.admin(), null)) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("COMPANY, TEAM, REP");
        }
        try (EventStream mine = EventStream.open("/api/v1/reviews/stream?ownerType=REP&ownerId=" + ORG.a1
                + "&period=2026-Q1", ORG.rep(ORG.a1), null)) {
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.nextEvent(Duration.ofSeconds(30)).data()).contains(ORG.a1Revenue.goalId().toString());
        }
        try (EventStream team = EventStream.open(path, ORG.manager(ORG.boss), null)) {
            assertThat(team.status()).isEqualTo(200);
            String rows = team.nextEvent(Duration.ofSeconds(30)).data();
            assertThat(rows).contains(ORG.dRevenue.goalId().toString(), ORG.a1Revenue.goalId().toString())
                    .as("m1's goal is outside the manager's scope").doesNotContain(ORG.m1Revenue.goalId().toString());
        }
        try (EventStream company = EventStream.open("/api/v1/reviews/stream", ORG.manager(ORG.boss), null)) {
            assertThat(company.status()).isEqualTo(403);
        }
    }
}
