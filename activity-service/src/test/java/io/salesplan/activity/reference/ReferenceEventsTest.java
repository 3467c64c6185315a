package io.salesplan.activity.reference;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.InboxConsumer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The main path: what this service knows of reps, opportunities and accounts comes from their events. */
@QuarkusTest
class ReferenceEventsTest {

    @Inject
    Sql sql;

    private static String send(String topic, String source, String type, UUID subject, Map<String, Object> data) {
        EventEnvelope event = Fixtures.codec().envelope(source, type, subject.toString(), data);
        Fixtures.topics().send(topic, subject.toString(), Fixtures.codec().write(event));
        return event.id();
    }

    private void awaitApplied(String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.count("select count(*) from inbox_event where event_id = ?", eventId) == 1);
    }

    private static Map<String, Object> rep(UUID id, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("repId", id.toString());
        data.put("name", "Rep from event");
        data.put("email", id + "@example.com");
        data.put("teamId", UUID.randomUUID().toString());
        data.put("active", true);
        data.put("version", version);
        return data;
    }

    private static Map<String, Object> opportunity(UUID id, UUID account, UUID owner, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("opportunityId", id.toString());
        data.put("name", "Deal");
        data.put("accountId", account.toString());
        data.put("ownerId", owner.toString());
        data.put("stage", "PROPOSAL");
        data.put("status", "OPEN");
        data.put("amount", 100000.00);
        data.put("version", version);
        return data;
    }

    @Test
    void aRepFromTheGoalsTopicIsAcceptedWithoutAskingGoalsService() {
        UUID rep = UUID.randomUUID();
        awaitApplied(send("salesplan.goals", "/goals-service", "salesplan.rep.created.v1", rep, rep(rep, 0)));

        json().body(activity(rep, "CALL")).post("/api/v1/activities").then().statusCode(201);
        json().get("/api/v1/reps/" + rep + "/agenda").then().statusCode(200);
        assertThat(FakeGoals.calls(rep)).isZero();
    }

    @Test
    void opportunityEventsGiveTheAccountAndAStaleVersionIsIgnored() {
        UUID rep = FakeGoals.rep();
        UUID opportunity = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        awaitApplied(send("salesplan.pipeline", "/pipeline-service", "salesplan.opportunity.created.v1", opportunity,
                opportunity(opportunity, first, rep, 0)));
        Map<String, Object> body = activity(rep, "DEMO");
        body.put("opportunityId", opportunity.toString());
        json().body(body).post("/api/v1/activities").then().statusCode(201).body("accountId", equalTo(first.toString()));

        send("salesplan.pipeline", "/pipeline-service", "salesplan.opportunity.stage-changed.v1", opportunity,
                opportunity(opportunity, moved, rep, 2));
        awaitApplied(send("salesplan.pipeline", "/pipeline-service", "salesplan.opportunity.updated.v1", opportunity,
                opportunity(opportunity, stale, rep, 1)));
        json().body(body).post("/api/v1/activities").then().statusCode(201).body("accountId", equalTo(moved.toString()));

        Map<String, Object> withAccount = activity(rep, "CALL");
        withAccount.put("accountId", moved.toString());
        json().body(withAccount).post("/api/v1/activities").then().statusCode(201);
    }

    @Test
    void anAccountFromThePipelineTopicCanBeLinked() {
        UUID account = UUID.randomUUID();
        Map<String, Object> data = Map.of("accountId", account.toString(), "name", "ACME", "version", 0);
        awaitApplied(send("salesplan.pipeline", "/pipeline-service", "salesplan.account.created.v1", account, data));
        Map<String, Object> body = activity(FakeGoals.rep(), "EMAIL");
        body.put("accountId", account.toString());
        json().body(body).post("/api/v1/activities").then().statusCode(201).body("accountId", equalTo(account.toString()));
    }

    @Test
    void aRepEventWithoutItsIdIsDeadLettered() {
        UUID subject = UUID.randomUUID();
        Map<String, Object> data = rep(subject, 0);
        data.remove("repId");
        send("salesplan.goals", "/goals-service", "salesplan.rep.updated.v1", subject, data);
        ConsumerRecord<String, String> dead = Fixtures.topics().await("salesplan.goals.dlt",
                r -> subject.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader(InboxConsumer.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("no repId");
    }
}
