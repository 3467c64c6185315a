package io.salesplan.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\",")
                .when().post("/test/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON"))
                .body("type", startsWith("https://salesplan.io/problems/"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void unknownEnumValueNamesTheAllowedValues() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"quantity\": 1, \"kind\": \"HUGE\"}")
                .when().post("/test/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", allOf(containsString("HUGE"), containsString("SMALL, LARGE")));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"quantity\": \"many\", \"kind\": \"SMALL\"}")
                .when().post("/test/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void failedConstraintsListEveryFieldWithItsPath() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"quantity\": 0, \"kind\": \"SMALL\", \"lines\": [{\"sku\": \"a\"}, {\"sku\": \"\"}]}")
                .when().post("/test/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("quantity"))
                .body("errors.field", hasItem("lines[1].sku"));
    }

    @Test
    void missingBodyIsA400() {
        given().contentType(ContentType.JSON)
                .when().post("/test/orders")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateUniqueValueIsA409AndRevealsNoSql() {
        String body = "{\"name\": \"unique-" + UUID.randomUUID() + "\", \"quantity\": 1, \"kind\": \"SMALL\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/test/orders").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/test/orders")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body(not(containsString("insert")))
                .body(not(containsString("test_order")));
    }

    @Test
    void missingResourceAndUnknownPathAre404Problems() {
        given().when().get("/test/orders/abc")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Order abc does not exist"));
        given().when().get("/no/such/path")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void unexpectedFailureIsA500ThatRevealsNothingInternal() {
        given().when().get("/test/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", containsString("error id"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("com.example")))
                .body(not(containsString("secret")));
    }
}
