package io.salesplan.infra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * What every service answers once started: ready against the real database and broker, and its
 * OpenAPI document under its own name. Each service runs it as a {@code @QuarkusTest}.
 */
public abstract class ServiceStartsContract {

    /** The service's name, as in its OpenAPI title ({@code Salesplan <name>}). */
    protected abstract String serviceName();

    @Test
    void isReadyAgainstTheRealDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Salesplan " + serviceName()))
                .body("info.contact.name", equalTo("Salesplan"));
    }
}
