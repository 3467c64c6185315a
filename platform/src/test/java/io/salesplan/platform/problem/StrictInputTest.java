package io.salesplan.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a CRM connector's mapping bug looks like to the API: a 400 naming the field, never stored wrong. */
@QuarkusTest
class StrictInputTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/test/orders").then();
    }

    private static String name() {
        return "\"" + UUID.randomUUID() + "\"";
    }

    @Test
    void aFieldGivenTwiceIsA400NamingIt() {
        post("{\"name\": \"a\", \"name\": \"b\", \"quantity\": 1, \"kind\": \"SMALL\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("more than once"));
    }

    @Test
    void aMisspeltFieldIsA400ThatNamesTheRealOnes() {
        post("{\"name\": " + name() + ", \"quantity\": 1, \"kind\": \"SMALL\", \"quantitiy\": 2}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantitiy"))
                .body("errors[0].message", allOf(containsString("not a field"), containsString("quantity")));
    }

    @Test
    void valuesOfAnotherJsonTypeAreNotCoerced() {
        post("{\"name\": 123, \"quantity\": 1, \"kind\": \"SMALL\"}").statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("must be a string"));
        post("{\"name\": true, \"quantity\": 1, \"kind\": \"SMALL\"}").statusCode(400)
                .body("errors[0].field", equalTo("name"));
        post("{\"name\": " + name() + ", \"quantity\": \"30\", \"kind\": \"SMALL\"}").statusCode(400)
                .body("errors[0].field", equalTo("quantity")).body("errors[0].message", equalTo("must be a whole number"));
        post("{\"name\": " + name() + ", \"quantity\": 1.005, \"kind\": \"SMALL\"}").statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        post("{\"name\": " + name() + ", \"quantity\": null, \"kind\": \"SMALL\"}").statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void datesOutsideSaneYearsAreA400NamingTheField() {
        for (String at : new String[] {"-0001-01-01T00:00:00Z", "0000-06-01T00:00:00Z", "+99999-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z", "3000-01-01T00:00:00Z"}) {
            post("{\"name\": " + name() + ", \"quantity\": 1, \"kind\": \"SMALL\", \"deliverAt\": \"" + at + "\"}")
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("deliverAt"))
                    .body("errors[0].message", containsString("between the years 1900 and 2999"));
        }
        post("{\"name\": " + name() + ", \"quantity\": 1, \"kind\": \"SMALL\", \"deliverAt\": \"2999-12-31T23:59:59Z\"}")
                .statusCode(200);
    }

    @Test
    void aBodyWithoutContentTypeIsA415() throws Exception {
        // REST Assured always names a content type, so this request is made by hand
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/test/orders"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"quantity\": 1, \"kind\": \"SMALL\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("no Content-Type");
    }

    @Test
    void aChunkedRequestWithoutABodyNeedsNoContentType() throws Exception {
        // what a proxy piping an empty GET sends: Transfer-Encoding: chunked and no bytes
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/test/versioned"))
                        .method("GET", HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[0])))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
