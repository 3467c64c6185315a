package io.salesplan.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.salesplan.infra.TestCallers;
import org.junit.jupiter.api.Test;

/**
 * The REST Assured filter every module's tests run with (local-infra's ResponseValidation, switched on in
 * META-INF/services) fails a request whose answer contradicts the service's own OpenAPI document.
 */
@QuarkusTest
class ResponseValidationTest {

    private static RequestSpecification admin() {
        return given().headers(TestCallers.bearer(TestCallers.admin()));
    }

    private static void contradicts(String sample, String... words) {
        assertThatThrownBy(() -> admin().get("/api/test-contract/" + sample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("contradicts the service's OpenAPI document")
                .hasMessageContaining("GET /api/test-contract/{case}")
                .hasMessageContainingAll(words);
    }

    @Test
    void anAnswerThatKeepsToTheContractPasses() {
        admin().get("/api/test-contract/kept").then().statusCode(200).body("name", equalTo("a"));
    }

    @Test
    void nullWhereTheSchemaSaysNeverFails() {
        contradicts("null-name", "body", "/name", "null found, string expected");
    }

    @Test
    void aMissingPropertyThatIsAlwaysPresentFails() {
        contradicts("missing-note", "required property 'note' not found");
    }

    @Test
    void aValueOutsideTheEnumFails() {
        contradicts("unknown-kind", "/kind", "THREE");
    }

    @Test
    void aMissingOrMalformedDeclaredHeaderFails() {
        contradicts("no-etag", "lacks the required header ETag");
        contradicts("bad-etag", "header ETag 'version one'");
    }

    @Test
    void anUndeclaredStatusOrContentTypeFails() {
        contradicts("teapot", "answered 418, which the document does not declare");
        contradicts("text", "answered text/plain; the document declares application/json");
    }
}
