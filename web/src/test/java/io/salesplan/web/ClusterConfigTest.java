package io.salesplan.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web module as a cluster configures it: an identity provider, no local key, no service URLs (the
 * ingress routes /api/v1). The local sign-in must not exist there.
 */
@QuarkusTest
@TestProfile(ClusterConfigTest.Cluster.class)
class ClusterConfigTest {

    public static class Cluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "salesplan.web.oidc.issuer", "https://sso.example.com/realms/salesplan",
                    "salesplan.web.oidc.authorization-endpoint", "https://sso.example.com/realms/salesplan/protocol/openid-connect/auth",
                    "salesplan.web.oidc.token-endpoint", "https://sso.example.com/realms/salesplan/protocol/openid-connect/token",
                    "salesplan.web.oidc.client-id", "salesplan-cockpit");
        }
    }

    @Test
    void thePageIsToldToSignInWithTheIdentityProviderUsingPkce() {
        given().when().get("/config.json").then().statusCode(200)
                .body("signIn", equalTo("oidc"))
                .body("oidc.clientId", equalTo("salesplan-cockpit"))
                .body("oidc.authorizationEndpoint", equalTo("https://sso.example.com/realms/salesplan/protocol/openid-connect/auth"))
                .body("oidc.tokenEndpoint", equalTo("https://sso.example.com/realms/salesplan/protocol/openid-connect/token"))
                .body("oidc.scope", equalTo("openid profile email"))
                .body("oidc.audience", nullValue());
    }

    @Test
    void theLocalSignInDoesNotExist() {
        given().contentType("application/json").body("{\"role\":\"admin\"}").when().post("/local-sign-in").then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/local-sign-in/people").then().statusCode(404);
    }

    @Test
    void theApiIsNotProxiedTheIngressRoutesIt() {
        for (String path : List.of("/api/v1/teams", "/api/v1/me", "/api/v1/reviews/variance")) {
            given().header("Authorization", "Bearer x").when().get(path).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString(path));
        }
    }
}
