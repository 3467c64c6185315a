package io.salesplan.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.salesplan.infra.Tokens;
import io.salesplan.web.proxy.Upstream;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web module as the local run configures it: the four service URLs and the local signing key. The
 * services are stand-ins that echo what reached them ({@link FakeServices}).
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
class CockpitTest {

    private static final String TOKEN = "Bearer header.payload.signature";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void eachApiPathReachesTheServiceTheIngressWouldPickWithTheAuthorizationHeaderUntouched() {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/teams?limit=5", "goals-service"},
                new String[] {"/api/v1/me", "goals-service"},
                new String[] {"/api/v1/reps/3f1c2a8e-9d41-4c55-a3c5-0b1e6f7d2a90", "goals-service"},
                new String[] {"/api/v1/reps/3f1c2a8e-9d41-4c55-a3c5-0b1e6f7d2a90/agenda?date=2026-03-02", "activity-service"},
                new String[] {"/api/v1/pipelines/x/funnel?teamId=y", "pipeline-service"},
                new String[] {"/api/v1/tasks?ownerId=z", "activity-service"},
                new String[] {"/api/v1/reviews/variance?ownerType=TEAM&ownerId=t", "review-service"},
                new String[] {"/api/v1/retrospectives", "review-service"});
        for (String[] c : cases) {
            given().header("Authorization", TOKEN).when().get(c[0]).then()
                    .statusCode(200)
                    .header("ETag", "\"7\"")
                    .body("service", equalTo(c[1]))
                    .body("method", equalTo("GET"))
                    .body("uri", equalTo(c[0]))
                    .body("authorization", equalTo(TOKEN));
        }
    }

    @Test
    void aWriteIsForwardedWithItsBodyAndTheServicesStatusComesBack() {
        given().header("Authorization", TOKEN).contentType("application/json")
                .body("{\"name\":\"Hangzhou Tea\",\"amount\":120000}")
                .when().post("/api/v1/opportunities").then()
                .statusCode(201)
                .body("service", equalTo("pipeline-service"))
                .body("body", equalTo("{\"name\":\"Hangzhou Tea\",\"amount\":120000}"));
        given().header("Authorization", TOKEN).when().post("/api/v1/tasks/abc/complete").then()
                .statusCode(201).body("service", equalTo("activity-service")).body("body", equalTo(""));
    }

    @Test
    void theCockpitsOwnOriginIsNotPassedOnSoTheServicesCorsListDoesNotApplyButAForeignOneIs() {
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Authorization", TOKEN).header("Origin", own).header("Host", "localhost:" + io.restassured.RestAssured.port)
                .contentType("application/json").body("{}")
                .when().post("/api/v1/goals/g/action-plan").then()
                .statusCode(201).body("service", equalTo("goals-service")).body("origin", nullValue());
        given().header("Authorization", TOKEN).header("Origin", "https://elsewhere.example.com")
                .contentType("application/json").body("{}")
                .when().post("/api/v1/goals/g/action-plan").then()
                .statusCode(201).body("origin", equalTo("https://elsewhere.example.com"));
    }

    @Test
    void aServicesProblemReachesTheBrowserAsItWasSent() {
        given().header("Authorization", TOKEN).when().get("/api/v1/goals/refused").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Unknown reference"))
                .body("detail", equalTo("No rep 42."));
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() {
        for (String path : List.of("/api/v1/nothing", "/api/v1/teamsx", "/api/v2/teams")) {
            given().when().get(path).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", is(404))
                    .body("detail", containsString(path));
        }
    }

    @Test
    void aServiceThatDoesNotAnswerIsA502ProblemNamingIt() {
        FakeServices.down(Upstream.REVIEW);
        try {
            given().header("Authorization", TOKEN).when().get("/api/v1/reviews/leaderboard").then()
                    .statusCode(502)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Bad Gateway"))
                    .body("detail", startsWith("review-service at http://127.0.0.1:"));
        } finally {
            FakeServices.up(Upstream.REVIEW);
        }
        given().header("Authorization", TOKEN).when().get("/api/v1/reviews/leaderboard").then()
                .statusCode(200).body("service", equalTo("review-service"));
    }

    @Test
    void theLocalSignInSignsATokenTheServicesTrustForThePickedPerson() throws Exception {
        String token = given().contentType("application/json").body("{\"role\":\"manager\",\"email\":\"wang@example.com\"}")
                .when().post("/local-sign-in").then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", is(43200))
                .extract().path("accessToken");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(FakeServices.publicKey())
                .setExpectedIssuer(Tokens.ISSUER).setExpectedAudience(Tokens.AUDIENCE)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build().processToClaims(token);
        assertThat(claims.getStringClaimValue("email")).isEqualTo("wang@example.com");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("manager");
        assertThat(claims.getSubject()).isEqualTo("wang@example.com");

        String admin = given().contentType("application/json").body("{\"role\":\"admin\",\"email\":\"ignored@example.com\"}")
                .when().post("/local-sign-in").then().statusCode(200).extract().path("accessToken");
        JwtClaims adminClaims = new JwtConsumerBuilder().setSkipSignatureVerification().setSkipDefaultAudienceValidation()
                .build().processToClaims(admin);
        assertThat(adminClaims.getStringListClaimValue("groups")).containsExactly("admin");
        assertThat(adminClaims.hasClaim("email")).as("an admin token carries no rep's e-mail").isFalse();
    }

    @Test
    void theLocalSignInRefusesWhatTheTokenCommandWouldRefuse() {
        given().contentType("application/json").body("{\"role\":\"integration\"}").when().post("/local-sign-in").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("role must be admin, manager or rep"));
        given().contentType("application/json").body("{\"role\":\"rep\"}").when().post("/local-sign-in").then()
                .statusCode(400).body("detail", equalTo("a rep signs in with the e-mail of their rep record"));
    }

    @Test
    void theSignInListShowsTheAdminEveryManagerAndAtMostThreeRepsATeamAskedAsAnAdmin() {
        JsonPath people = given().when().get("/local-sign-in/people").then().statusCode(200).extract().jsonPath();
        assertThat(people.getList("items.role")).containsExactly("admin", "manager", "rep", "rep", "rep", "rep");
        assertThat(people.getList("items.email")).containsExactly(null, "wang@example.com",
                "chen@example.com", "sun@example.com", "zhou@example.com", "gao@example.com");
        assertThat(people.getString("items[1].team")).as("the team they manage").isEqualTo("East");
        assertThat(people.getString("items[5].team")).isEqualTo("West");
    }

    @Test
    void thePageLearnsItSignsInLocally() {
        given().when().get("/config.json").then().statusCode(200)
                .body("signIn", equalTo("local"));
    }

    @Test
    void thePageItsModulesAndChartJsAreServed() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/app/main.js\"></script>"))
                .body(containsString("/webjars/chartjs/dist/chart.umd.js"));
        for (String module : List.of("main.js", "api.js", "auth.js", "i18n.js", "format.js", "live.js", "charts.js", "dom.js",
                "views/team.js", "views/my-day.js", "views/plan.js", "views/review.js", "views/sign-in.js", "views/common.js")) {
            given().when().get("/app/" + module).then().statusCode(200).contentType(containsString("javascript"));
        }
        given().when().get("/webjars/chartjs/dist/chart.umd.js").then().statusCode(200)
                .body(containsString("Chart.js v4"));
    }

    @Test
    void itIsReadyWithoutAskingTheServices() {
        FakeServices.down(Upstream.GOALS);
        try {
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            FakeServices.up(Upstream.GOALS);
        }
    }
}
