package io.salesplan.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.infra.Tokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of every service's OpenAPI document, called without a token and with a token
 * nobody issued, answers 401 problem+json with {@code WWW-Authenticate: Bearer} — generated from the
 * documents, so a new endpoint cannot be forgotten. The documents themselves stay readable without one.
 */
class NobodyIsAnonymousIT {

    /** A well-formed admin token signed with a key the services do not trust. */
    private static final Api.Caller FORGER = Api.as(Tokens.in(Path.of("target", "forger-keys")).forRole("admin", null));

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesACallerWithoutAValidToken() {
        List<Operations> operations = Operations.all();
        assertThat(operations).allSatisfy(op -> assertThat(op.spec().path("components").path("securitySchemes")
                .path("bearer").path("scheme").asText()).as("%s declares the bearer scheme", op.service()).isEqualTo("bearer"));
        List<DynamicTest> tests = operations.stream()
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> {
                    String body = op.operation().has("requestBody") ? "{}" : null;
                    String type = body == null ? null : "application/json";
                    assertUnauthorized(op, Api.anonymous().raw(op.method(), op.url(), body, type, null));
                    assertUnauthorized(op, FORGER.raw(op.method(), op.url(), body, type, null));
                }))
                .toList();
        assertThat(tests).as("operations found in the OpenAPI documents").hasSizeGreaterThan(40);
        return tests.stream();
    }

    private static void assertUnauthorized(Operations op, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s → %s", op.name(), response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("www-authenticate").orElse("")).startsWith("Bearer");
        assertThat(op.operation().path("responses").has("401")).as("%s declares its 401", op.name()).isTrue();
    }
}
