package io.salesplan.review.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Reads the reports over HTTP, numbers as exact decimals. */
public final class Reports {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private Reports() {
    }

    public static JsonPath goal(UUID goalId, String asOf) {
        return given().queryParam("asOf", asOf).get("/api/v1/reviews/goals/{id}", goalId)
                .then().statusCode(200).extract().jsonPath();
    }

    public static int goalStatus(UUID goalId) {
        return given().get("/api/v1/reviews/goals/{id}", goalId).statusCode();
    }

    public static JsonPath get(String path, Map<String, ?> query) {
        return given().queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** A number of the report, or null. */
    public static BigDecimal num(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
