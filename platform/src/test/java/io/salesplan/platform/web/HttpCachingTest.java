package io.salesplan.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpCachingTest {

    @Test
    void aResourceWhoseEtagStillMatchesIsA304WithoutABody() {
        given().header("If-None-Match", "\"3\"").get("/test/versioned")
                .then().statusCode(304).header("ETag", "\"3\"").body(emptyString());
        given().header("If-None-Match", "\"2\", W/\"3\"").get("/test/versioned").then().statusCode(304);
        given().header("If-None-Match", "\"2\"").get("/test/versioned")
                .then().statusCode(200).header("ETag", "\"3\"").body("name.length()", equalTo(2000));
    }

    @Test
    void responsesVaryWithOrigin() {
        given().get("/test/versioned").then().header("Vary", containsString("Origin"));
        given().get("/test/orders/abc").then().statusCode(404).header("Vary", containsString("Origin"));
    }

    @Test
    void aClientThatAcceptsOnlyProblemsIsServedNotRefused() {
        given().accept("application/problem+json").get("/test/versioned").then().statusCode(200);
        given().accept("application/problem+json").get("/test/orders/abc")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept("*/*").get("/test/versioned").then().statusCode(200);
    }

    @Test
    void answersAreCompressedForClientsThatAcceptIt() throws Exception {
        // REST Assured decompresses and drops Content-Encoding, so this is asked by hand
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/test/versioned");
        HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("content-encoding")).contains("gzip");
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(json).contains("x".repeat(2000));
        assertThat(gzip.body().length).isLessThan(200);
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("content-encoding").orElse("identity")).isEqualTo("identity");
        assertThat(plain.body().length).isGreaterThan(2000);
    }

    @Test
    void aMethodNotAllowedSaysWhichAre() {
        given().delete("/test/versioned").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("detail", containsString("allowed: GET, HEAD, OPTIONS"));
    }
}
