package io.salesplan.system;

import static io.salesplan.system.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.system.Suite.Service;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The suite keeps every event through outages of Kafka, of a consumer and of a database. */
class FaultToleranceIT {

    private final Suite suite = Suite.get();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void activitiesPostedWhileKafkaIsDownAreAllCountedExactlyOnce() {
        String rep = rep();
        String goal = activitiesGoal(rep);
        KafkaTestResource.stopBroker();
        try {
            for (int i = 0; i < 500; i++) {
                assertThat(Api.post(Service.ACTIVITY, "/api/v1/activities", activity(rep, "kafka-down-" + i)).status())
                        .isEqualTo(201);
            }
            for (int b = 0; b < 5; b++) {
                ArrayNode items = Api.JSON.createArrayNode();
                for (int i = 0; i < 100; i++) {
                    items.add(activity(rep, "kafka-down-batch-" + b + "-" + i));
                }
                ObjectNode batch = obj();
                batch.set("items", items);
                Api.Response r = Api.post(Service.ACTIVITY, "/api/v1/activities/batch", batch);
                assertThat(r.body().path("created").asInt()).as(r.text()).isEqualTo(100);
            }
        } finally {
            KafkaTestResource.startBroker();
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> actual(goal) >= 1000);
        assertThat(actual(goal)).isEqualTo(1000);
    }

    @Test
    void aConsumerStoppedMidStreamCatchesUpWithExactCounts() {
        String rep = rep();
        String goal = activitiesGoal(rep);
        postBatch(rep, "before-stop", 300);
        suite.stop(Service.REVIEW);
        try {
            postBatch(rep, "while-stopped", 400);
        } finally {
            suite.start(Service.REVIEW);
        }
        postBatch(rep, "after-restart", 300);
        await().atMost(Duration.ofMinutes(2)).until(() -> actual(goal) >= 1000);
        assertThat(actual(goal)).isEqualTo(1000);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheRecordsAfterItAreApplied() {
        String rep = rep();
        String goal = activitiesGoal(rep);
        TopicClient topics = new TopicClient(suite.kafkaBootstrapServers());
        String key = "poison-" + run;
        topics.send("salesplan.activities", key, "{ this is not an event " + run);
        postBatch(rep, "after-poison", 5);

        await().atMost(Duration.ofMinutes(1)).until(() -> actual(goal) >= 5);
        assertThat(actual(goal)).isEqualTo(5);
        var dead = topics.await("salesplan.activities.dlt", r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader("salesplan-dlt-consumer").value(), StandardCharsets.UTF_8))
                .isEqualTo("review-service");
        assertThat(suite.ready(Service.REVIEW)).isTrue();
    }

    @Test
    void whileItsDatabaseIsDownActivityServiceAnswers503AndLosesNothing() {
        String rep = rep();
        assertThat(Api.post(Service.ACTIVITY, "/api/v1/activities", activity(rep, "warm-" + run)).status()).isEqualTo(201);
        ObjectNode duringOutage = activity(rep, "during-outage");
        suite.stopActivityDatabase();
        try {
            Api.Response refused = Api.post(Service.ACTIVITY, "/api/v1/activities", duringOutage);
            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.raw().headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.text()).doesNotContain("SQL", "Exception", "org.");
            await().atMost(Duration.ofSeconds(30)).until(() -> Suite.status(Service.ACTIVITY.url() + "/q/health/ready") == 503);
        } finally {
            suite.startActivityDatabase();
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> suite.ready(Service.ACTIVITY));
        Api.Response retried = Api.post(Service.ACTIVITY, "/api/v1/activities", duringOutage);
        assertThat(retried.status()).as("the refused activity was not stored, so it is created now").isEqualTo(201);
        assertThat(Api.post(Service.ACTIVITY, "/api/v1/activities", duringOutage).status()).isEqualTo(200);
    }

    private String rep() {
        String team = Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "Fault " + run)).path("id").asText();
        return Api.create(Service.GOALS, "/api/v1/reps", obj().put("name", "Fault rep").put("teamId", team)
                .put("email", "fault." + UUID.randomUUID() + "@example.com")).path("id").asText();
    }

    private String activitiesGoal(String rep) {
        String goal = Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Activities").put("type", "KPI")
                .put("ownerType", "REP").put("ownerId", rep).put("period", String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear()))
                .put("metric", "ACTIVITIES").put("targetValue", 5000)).path("id").asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.get(Service.REVIEW, "/api/v1/reviews/goals/" + goal).status() == 200);
        return goal;
    }

    private double actual(String goal) {
        return Api.get(Service.REVIEW, "/api/v1/reviews/goals/" + goal).body().path("actual").asDouble();
    }

    private ObjectNode activity(String rep, String externalId) {
        return obj().put("type", "CALL").put("ownerId", rep)
                .put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).toString())
                .put("source", "fault-" + run).put("externalId", externalId);
    }

    private void postBatch(String rep, String prefix, int count) {
        ArrayNode items = Api.JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            items.add(activity(rep, prefix + "-" + i));
        }
        ObjectNode batch = obj();
        batch.set("items", items);
        Api.Response r = Api.post(Service.ACTIVITY, "/api/v1/activities/batch", batch);
        assertThat(r.body().path("created").asInt()).as(r.text()).isEqualTo(count);
    }
}
