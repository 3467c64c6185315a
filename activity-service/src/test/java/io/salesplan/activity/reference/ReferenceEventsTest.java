package io.salesplan.activity.reference;

import static io.salesplan.activity.Fixtures.activity;
import static io.salesplan.activity.Fixtures.json;
import static io.salesplan.activity.Fixtures.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Org;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.platform.inbox.InboxConsumer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The main path: what this service knows of reps, opportunities and accounts comes from their events. */
@QuarkusTest
class ReferenceEventsTest {

    @Inject
    Sql sql;

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
        sql.awaitApplied(send("salesplan.goals", "/goals-service", "salesplan.rep.created.v1", rep,
                Org.repData(rep, UUID.randomUUID(), 0)));

        json().body(activity(rep, "CALL")).post("/api/v1/activities").then().statusCode(201);
        json().get("/api/v1/reps/" + rep + "/agenda").then().statusCode(200);
        assertThat(FakeGoals.calls(rep)).isZero();
    }

    @Test
    void aRepsEMailAndATeamsParentAndManagerAreKeptAndAStaleTeamVersionIsIgnored() {
        UUID rep = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        UUID firstManager = UUID.randomUUID();
        UUID newManager = UUID.randomUUID();
        sql.awaitApplied(send("salesplan.goals", "/goals-service", "salesplan.rep.created.v1", rep,
                        Org.repData(rep, UUID.randomUUID(), 0)),
                send("salesplan.goals", "/goals-service", "salesplan.team.created.v1", team,
                        Org.teamData(team, null, firstManager, 0)));
        send("salesplan.goals", "/goals-service", "salesplan.team.updated.v1", team,
                Org.teamData(team, parent, newManager, 2));
        sql.awaitApplied(send("salesplan.goals", "/goals-service", "salesplan.team.updated.v1", team,
                Org.teamData(team, null, firstManager, 1)));

        assertThat(sql.count("select count(*) from org_rep where id = ? and email = ? and active", rep,
                rep + "@example.com")).isEqualTo(1);
        assertThat(sql.count("select count(*) from org_team where id = ? and parent_team_id = ? and manager_id = ?",
                team, parent, newManager)).isEqualTo(1);
    }

    @Test
    void opportunityEventsGiveTheAccountAndAStaleVersionIsIgnored() {
        UUID rep = FakeGoals.rep();
        UUID opportunity = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        sql.awaitApplied(send("salesplan.pipeline", "/pipeline-service", "salesplan.opportunity.created.v1", opportunity,
                opportunity(opportunity, first, rep, 0)));
        Map<String, Object> body = activity(rep, "DEMO");
        body.put("opportunityId", opportunity.toString());
        json().body(body).post("/api/v1/activities").then().statusCode(201).body("accountId", equalTo(first.toString()));

        send("salesplan.pipeline", "/pipeline-service", "salesplan.opportunity.stage-changed.v1", opportunity,
                opportunity(opportunity, moved, rep, 2));
        sql.awaitApplied(send("salesplan.pipeline", "/pipeline-service", "salesplan.opportunity.updated.v1", opportunity,
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
        sql.awaitApplied(send("salesplan.pipeline", "/pipeline-service", "salesplan.account.created.v1", account, data));
        Map<String, Object> body = activity(FakeGoals.rep(), "EMAIL");
        body.put("accountId", account.toString());
        json().body(body).post("/api/v1/activities").then().statusCode(201).body("accountId", equalTo(account.toString()));
    }

    @Test
    void aRepEventWithoutItsIdIsDeadLettered() {
        UUID subject = UUID.randomUUID();
        Map<String, Object> data = Org.repData(subject, UUID.randomUUID(), 0);
        data.remove("repId");
        send("salesplan.goals", "/goals-service", "salesplan.rep.updated.v1", subject, data);
        ConsumerRecord<String, String> dead = Fixtures.topics().await("salesplan.goals.dlt",
                r -> subject.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader(InboxConsumer.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("no repId");
    }
}
