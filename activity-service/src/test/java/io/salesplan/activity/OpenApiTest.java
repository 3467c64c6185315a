package io.salesplan.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsDescribedWithItsErrorResponses() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/activities"))
                .body("paths.'/api/v1/activities'.post.summary", notNullValue())
                .body("paths.'/api/v1/activities'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/activities'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/activities/batch'.post.responses", hasKey("413"))
                .body("paths.'/api/v1/activities/batch'.post.description",
                        org.hamcrest.Matchers.containsString("owner is outside the caller's scope is that item's INVALID"))
                .body("paths.'/api/v1/activities'.get.responses", hasKey("403"))
                .body("paths.'/api/v1/activities/{id}'.patch.responses", hasKey("412"))
                .body("paths.'/api/v1/activities/{id}'.delete.responses", hasKey("404"))
                .body("paths.'/api/v1/tasks/{id}/complete'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/reps/{id}/agenda'.get.responses", hasKey("404"))
                .body("components.schemas.ActivityType.enum", hasItems("CALL", "VISIT", "DEMO", "EMAIL", "MEETING", "OTHER"))
                .body("components.schemas.ActivityBatchResult.properties", hasKey("duplicates"))
                .body("components.schemas.NewActivity.required", hasItems("type", "ownerId"))
                .body("components.schemas.Activity.required", hasItems("createdBy", "updatedBy"))
                .body("components.schemas.Task.required", hasItems("createdBy", "updatedBy"))
                .body("components.schemas.ActivityBatch.properties.items.items.'$ref'",
                        org.hamcrest.Matchers.endsWith("/NewActivity"));
    }
}
