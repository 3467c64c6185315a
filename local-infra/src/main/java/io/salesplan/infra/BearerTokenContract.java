package io.salesplan.infra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every service must answer to a request without a valid bearer token: 401 problem+json with
 * {@code WWW-Authenticate: Bearer}, whatever is wrong with the token, and no token in the log. Each
 * service runs it as a {@code @QuarkusTest} against one of its own operations.
 */
public abstract class BearerTokenContract {

    /** A GET operation of the service that an admin may call (200). */
    protected abstract String securedPath();

    @BeforeAll
    static void sendAsAdminByDefault() {
        TestCallers.install();
    }

    @Test
    void aRequestWithoutATokenIsA401Problem() {
        unauthorized(given().headers(TestCallers.anonymous()).get(securedPath()).then())
                .body("detail", containsString("bearer token"));
    }

    @Test
    void anAuthorizationHeaderThatIsNotABearerJwtIsA401() {
        for (String header : List.of("Bearer", "Bearer not-a-jwt", "Basic YWRtaW46YWRtaW4=", "eyJhbGciOiJSUzI1NiJ9")) {
            unauthorized(given().header("Authorization", header).get(securedPath()).then());
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIsA401AndIsNotLogged() throws Exception {
        Path otherKeys = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "other-keys");
        String forged = Tokens.in(otherKeys).forRole("admin", null);
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + List.of(
                        record.getParameters() == null ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger problems = Logger.getLogger("io.salesplan.platform.problem.ProblemMappers");
        problems.addHandler(capture);
        try {
            unauthorized(given().header("Authorization", "Bearer " + forged).get(securedPath()).then())
                    .header("WWW-Authenticate", containsString("invalid_token"));
        } finally {
            problems.removeHandler(capture);
        }
        String signature = forged.substring(forged.lastIndexOf('.') + 1);
        String payload = forged.split("\\.")[1];
        assertTrue(logged.stream().anyMatch(line -> line.contains("Rejected a bearer token")), "the attempt is logged");
        assertFalse(logged.stream().anyMatch(line -> line.contains(signature) || line.contains(payload)),
                "no part of the token is logged: " + logged);
    }

    @Test
    void aTokenFromAnotherIssuerIsA401() {
        JwtClaims claims = adminClaims();
        claims.setIssuer("https://attacker.example/issuer");
        unauthorized(withToken(JwtTestResource.tokens().sign(claims)));
    }

    @Test
    void aTokenForAnotherAudienceIsA401() {
        JwtClaims claims = adminClaims();
        claims.setAudience("some-other-api");
        unauthorized(withToken(JwtTestResource.tokens().sign(claims)));
    }

    @Test
    void anExpiredTokenIsA401() {
        JwtClaims claims = adminClaims();
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        unauthorized(withToken(JwtTestResource.tokens().sign(claims)));
    }

    @Test
    void anUnsignedTokenIsA401() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String unsigned = header + "." + base64(adminClaims().toJson()) + ".";
        unauthorized(withToken(unsigned));
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsA401() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(adminClaims().toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(Files.readAllBytes(JwtTestResource.tokens().publicKey())));
        jws.setDoKeyValidation(false);
        unauthorized(withToken(jws.getCompactSerialization()));
    }

    @Test
    void aRoleThisProductDoesNotKnowGrantsNothing() {
        String token = TestCallers.withRoles("someone", "someone@example.com", List.of("superuser", "root"));
        given().header("Authorization", "Bearer " + token).get(securedPath())
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void aValidAdminTokenIsAccepted() {
        given().header("Authorization", "Bearer " + TestCallers.admin()).get(securedPath()).then().statusCode(200);
    }

    @Test
    void aTokenAcceptedBeforeStillNeedsItsOwnSignature() {
        String token = JwtTestResource.tokens().sign(adminClaims());
        withToken(token).statusCode(200);
        withToken(token).statusCode(200);
        String[] parts = token.split("\\.");
        String otherPayload = base64(adminClaims().toJson().replace("admin-under-test", "someone-else"));
        unauthorized(withToken(parts[0] + "." + otherPayload + "." + parts[2]));
        char tenth = parts[2].charAt(10);
        String otherSignature = parts[2].substring(0, 10) + (tenth == 'A' ? 'B' : 'A') + parts[2].substring(11);
        unauthorized(withToken(parts[0] + "." + parts[1] + "." + otherSignature));
        withToken(token).statusCode(200);
    }

    private ValidatableResponse withToken(String token) {
        return given().header("Authorization", "Bearer " + token).get(securedPath()).then();
    }

    private static ValidatableResponse unauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", startsWith("https://salesplan.io/problems/"));
    }

    private static JwtClaims adminClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(Tokens.ISSUER);
        claims.setAudience(Tokens.AUDIENCE);
        claims.setSubject("admin-under-test");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(Duration.ofMinutes(10).toMinutes());
        claims.setStringListClaim("groups", List.of("admin"));
        return claims;
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
