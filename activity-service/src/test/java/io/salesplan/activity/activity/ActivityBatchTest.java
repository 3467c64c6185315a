package io.salesplan.activity.activity;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Fixtures.World;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.infra.Metrics;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityBatchTest {

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<Map<String, Object>> items(UUID rep, int count, String source) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> item = activity(rep, "CALL");
            item.put("source", source);
            item.put("externalId", "call-" + i);
            items.add(item);
        }
        return items;
    }

    @Test
    void aMixedBatchStoresTheValidItemsAndReportsEachIndex() {
        World w = World.create();
        String source = "crm-" + UUID.randomUUID();
        List<Map<String, Object>> items = items(w.rep(), 10, source);
        items.get(3).put("type", "LUNCH");
        items.get(7).put("externalId", "call-2");
        items.get(5).put("opportunityId", w.opportunity().toString());

        Response response = json().body(Map.of("items", items)).post("/api/v1/activities/batch").then()
                .statusCode(200)
                .body("created", equalTo(8))
                .body("duplicates", equalTo(1))
                .body("invalid", equalTo(1))
                .body("results", hasSize(10))
                .body("results.index", org.hamcrest.Matchers.contains(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
                .body("results[3].status", equalTo("INVALID"))
                .body("results[3].id", nullValue())
                .body("results[3].errors[0].field", equalTo("type"))
                .body("results[3].errors[0].message", containsString("allowed values: CALL, VISIT"))
                .body("results[7].status", equalTo("DUPLICATE"))
                .body("results[0].errors", hasSize(0))
                .extract().response();

        List<String> statuses = response.path("results.status");
        assertThat(statuses).containsExactly("CREATED", "CREATED", "CREATED", "INVALID", "CREATED", "CREATED",
                "CREATED", "DUPLICATE", "CREATED", "CREATED");
        String idOfItem2 = response.path("results[2].id");
        assertThat((String) response.path("results[7].id")).isEqualTo(idOfItem2);

        assertThat(sql.count("select count(*) from activity where source = ?", source)).isEqualTo(8);
        assertThat(sql.count("select count(*) from activity where source = ? and external_id = 'call-3'", source)).isZero();
        assertThat(sql.count("select count(*) from activity where source = ? and external_id = 'call-2'", source)).isEqualTo(1);
        assertThat(sql.count("select count(*) from activity where source = ? and external_id = 'call-5' "
                + "and account_id = ?", source, w.account())).isEqualTo(1);
        List<String> createdIds = new ArrayList<>();
        for (int i : new int[] {0, 1, 2, 4, 5, 6, 8, 9}) {
            createdIds.add(response.path("results[" + i + "].id"));
        }
        assertThat(new HashSet<>(createdIds)).hasSize(8);
        for (String id : createdIds) {
            assertThat(sql.outboxEvents(id, ActivityEvent.LOGGED)).isEqualTo(1);
        }
        EventEnvelope event = Fixtures.awaitEvents(idOfItem2, ActivityEvent.LOGGED, 1).get(0);
        assertThat(event.data().get("externalId").asText()).isEqualTo("call-2");
        assertThat(event.data().get("source").asText()).isEqualTo(source);
    }

    @Test
    void resendingABatchReportsEveryItemAsDuplicateOfTheStoredOneAndPublishesNothing() {
        UUID rep = FakeGoals.rep();
        String source = "crm-" + UUID.randomUUID();
        List<Map<String, Object>> items = items(rep, 5, source);
        Response first = json().body(Map.of("items", items)).post("/api/v1/activities/batch").then()
                .statusCode(200).body("created", equalTo(5)).extract().response();
        long events = sql.count("select count(*) from outbox_event o join activity a on o.aggregate_id = a.id::text "
                + "where a.source = ?", source);

        items.add(activity(rep, "DEMO"));
        Response second = json().body(Map.of("items", items)).post("/api/v1/activities/batch").then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("duplicates", equalTo(5))
                .body("invalid", equalTo(0))
                .extract().response();
        for (int i = 0; i < 5; i++) {
            assertThat((String) second.path("results[" + i + "].status")).isEqualTo("DUPLICATE");
            assertThat((String) second.path("results[" + i + "].id")).isEqualTo(first.path("results[" + i + "].id"));
        }
        assertThat(sql.count("select count(*) from activity where source = ?", source)).isEqualTo(5);
        assertThat(sql.count("select count(*) from outbox_event o join activity a on o.aggregate_id = a.id::text "
                + "where a.source = ?", source)).isEqualTo(events);
    }

    @Test
    void itemsWithUnknownReferencesOrBadValuesAreInvalidOnTheirOwn() {
        World w = World.create();
        UUID unknownRep = UUID.randomUUID();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(activity(w.rep(), "CALL"));
        items.add(activity(unknownRep, "CALL"));
        Map<String, Object> badOpportunity = activity(w.rep(), "VISIT");
        badOpportunity.put("opportunityId", UUID.randomUUID().toString());
        items.add(badOpportunity);
        Map<String, Object> negative = activity(w.rep(), "VISIT");
        negative.put("durationMinutes", -1);
        items.add(negative);
        Map<String, Object> wrongType = activity(w.rep(), "VISIT");
        wrongType.put("durationMinutes", "long");
        items.add(wrongType);
        Map<String, Object> future = activity(w.rep(), "VISIT");
        future.put("occurredAt", java.time.OffsetDateTime.now().plusDays(3).toString());
        items.add(future);
        List<Object> body = new ArrayList<>(items);
        body.add("not an object");

        json().body(Map.of("items", body)).post("/api/v1/activities/batch").then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("invalid", equalTo(6))
                .body("results[0].status", equalTo("CREATED"))
                .body("results[1].errors[0].field", equalTo("ownerId"))
                .body("results[2].errors[0].field", equalTo("opportunityId"))
                .body("results[3].errors[0].field", equalTo("durationMinutes"))
                .body("results[4].errors[0].field", equalTo("durationMinutes"))
                .body("results[5].errors[0].field", equalTo("occurredAt"))
                .body("results[6].status", equalTo("INVALID"));
        assertThat(sql.count("select count(*) from activity where owner_id = ?", w.rep())).isEqualTo(1);
    }

    @Test
    void itemsAreReadAsStrictlyAsASingleActivityEachOffenceNamingItsField() {
        World w = World.create();
        Map<String, Object> misspelt = activity(w.rep(), "CALL");
        misspelt.put("notez", "typo");
        Map<String, Object> textForNumber = activity(w.rep(), "CALL");
        textForNumber.put("durationMinutes", "30");
        Map<String, Object> numberForText = activity(w.rep(), "CALL");
        numberForText.put("outcome", 123);
        Map<String, Object> fraction = activity(w.rep(), "CALL");
        fraction.put("durationMinutes", 1.5);
        Map<String, Object> ancient = activity(w.rep(), "CALL");
        ancient.put("occurredAt", "1066-10-14T09:00:00Z");

        json().body(Map.of("items", List.of(activity(w.rep(), "CALL"), misspelt, textForNumber, numberForText, fraction,
                ancient))).post("/api/v1/activities/batch").then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("invalid", equalTo(5))
                .body("results.status", org.hamcrest.Matchers.contains("CREATED", "INVALID", "INVALID", "INVALID",
                        "INVALID", "INVALID"))
                .body("results[1].errors[0].field", equalTo("notez"))
                .body("results[2].errors[0].field", equalTo("durationMinutes"))
                .body("results[3].errors[0].field", equalTo("outcome"))
                .body("results[4].errors[0].field", equalTo("durationMinutes"))
                .body("results[5].errors[0].field", equalTo("occurredAt"));
        assertThat(sql.count("select count(*) from activity where owner_id = ?", w.rep())).isEqualTo(1);
    }

    @Test
    void anEmptyOrMissingBatchIs400AndOneOver1000Is413() {
        json().body(Map.of("items", List.of())).post("/api/v1/activities/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("items"));
        json().body("{}").post("/api/v1/activities/batch").then().statusCode(400)
                .contentType("application/problem+json");
        json().post("/api/v1/activities/batch").then().statusCode(400);
        json().body("{\"items\": [").post("/api/v1/activities/batch").then().statusCode(400)
                .contentType("application/problem+json");
        json().body("{\"items\": {\"type\": \"CALL\"}}").post("/api/v1/activities/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("items"));

        UUID rep = FakeGoals.rep();
        String source = "crm-" + UUID.randomUUID();
        json().body(Map.of("items", items(rep, 1001, source))).post("/api/v1/activities/batch").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("1000"));
        assertThat(sql.count("select count(*) from activity where source = ?", source)).isZero();
    }

    @Test
    void aFullBatchOf1000IsStoredWithAllItsEventsPublished() {
        UUID rep = FakeGoals.rep();
        String source = "crm-" + UUID.randomUUID();
        Response response = json().body(Map.of("items", items(rep, 1000, source))).post("/api/v1/activities/batch")
                .then().statusCode(200)
                .body("created", equalTo(1000))
                .body("results.status", everyItem(equalTo("CREATED")))
                .body("results.id", everyItem(notNullValue()))
                .extract().response();
        assertThat(sql.count("select count(*) from activity where source = ?", source)).isEqualTo(1000);
        Set<String> ids = new HashSet<>(response.path("results.id"));
        assertThat(ids).hasSize(1000);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sql.count(
                "select count(*) from outbox_event o join activity a on o.aggregate_id = a.id::text "
                        + "where a.source = ? and o.sent_at is not null", source) == 1000);
    }

    @Test
    void whenAReferenceCannotBeVerifiedTheBatchIs503AndNothingIsStored() {
        UUID rep = FakeGoals.rep();
        UUID unreachable = FakeGoals.failingRep();
        String source = "crm-" + UUID.randomUUID();
        List<Map<String, Object>> items = items(rep, 3, source);
        items.get(1).put("ownerId", unreachable.toString());
        json().body(Map.of("items", items)).post("/api/v1/activities/batch").then()
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        assertThat(sql.count("select count(*) from activity where source = ?", source)).isZero();
    }

    @Test
    void theSizeOfEachAcceptedBatchIsRecordedAndARefusedOneIsNot() {
        UUID rep = FakeGoals.rep();
        double batches = Metrics.value("salesplan_activity_batch_size_count");
        double items = Metrics.value("salesplan_activity_batch_size_sum");
        double small = Metrics.value("salesplan_activity_batch_size_bucket", "le=\"10.0\"");

        json().body(Map.of("items", items(rep, 7, "crm-" + UUID.randomUUID()))).post("/api/v1/activities/batch")
                .then().statusCode(200);
        json().body(Map.of("items", items(rep, 120, "crm-" + UUID.randomUUID()))).post("/api/v1/activities/batch")
                .then().statusCode(200);
        json().body(Map.of("items", items(rep, 1001, "crm-" + UUID.randomUUID()))).post("/api/v1/activities/batch")
                .then().statusCode(413);

        assertThat(Metrics.value("salesplan_activity_batch_size_count")).isEqualTo(batches + 2);
        assertThat(Metrics.value("salesplan_activity_batch_size_sum")).isEqualTo(items + 127);
        assertThat(Metrics.value("salesplan_activity_batch_size_bucket", "le=\"10.0\"")).isEqualTo(small + 1);
    }
}
