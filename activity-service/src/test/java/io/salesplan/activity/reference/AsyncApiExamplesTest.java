package io.salesplan.activity.reference;

import static io.salesplan.activity.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.activity.fake.FakePipeline;
import io.salesplan.infra.AsyncApiExample;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * activity-service applies the examples of docs/asyncapi.yaml for every event type it consumes, exactly as
 * written there (the document is their single source): each lands in its copy of reps, teams, accounts and
 * opportunities at the example's version, none is dead-lettered, and an activity on the example's deal is
 * then accepted and given its account without asking goals- or pipeline-service.
 */
@QuarkusTest
class AsyncApiExamplesTest {

    private static final String SERVICE = "activity-service";

    /** How each consumed aggregate shows in the copies: its row at the example's version, with a field that changes. */
    private static final Map<String, String> APPLIED = Map.of(
            "team", "select count(*) from known_team where id = ?::uuid and version = ? and manager_id is not distinct from ?::uuid",
            "rep", "select count(*) from known_rep where id = ?::uuid and version = ? and email = ?",
            "account", "select count(*) from known_account where id = ?::uuid and version = ? and name = ?",
            "opportunity", "select count(*) from known_opportunity where id = ?::uuid and version = ? and account_id = ?::uuid");
    private static final Map<String, String> FIELD = Map.of("team", "managerId", "rep", "email", "account", "name",
            "opportunity", "accountId");

    @Inject
    Sql sql;

    @Test
    void everyReferenceExampleIsAppliedAndAnActivityOnItsDealIsAcceptedWithoutLookUps() {
        List<AsyncApiExample> examples = AsyncApiExample.consumedBy(SERVICE);
        assertThat(examples).extracting(AsyncApiExample::type).containsOnly("salesplan.team.created.v1",
                "salesplan.team.updated.v1", "salesplan.rep.created.v1", "salesplan.rep.updated.v1",
                "salesplan.account.created.v1", "salesplan.account.updated.v1", "salesplan.opportunity.created.v1",
                "salesplan.opportunity.updated.v1", "salesplan.opportunity.stage-changed.v1");
        for (AsyncApiExample example : examples) {
            Fixtures.topics().send(example.topic(), example.payload().path("subject").asText(),
                    example.payload().toString());
            String aggregate = example.type().split("\\.")[1];
            JsonNode data = example.payload().path("data");
            JsonNode field = data.path(FIELD.get(aggregate));
            Object[] values = {example.payload().path("subject").asText(), data.path("version").asLong(),
                field.isNull() ? null : field.asText()};
            await(example.type() + " " + example.payload().path("id").asText()).atMost(Duration.ofSeconds(30))
                    .until(() -> sql.count(APPLIED.get(aggregate), values) == 1);
        }
        for (String topic : List.of("salesplan.goals", "salesplan.pipeline")) {
            assertThat(Fixtures.topics().readAll(topic + ".dlt")).noneMatch(r -> examples.stream()
                    .anyMatch(e -> r.value().contains(e.payload().path("id").asText())));
        }

        JsonNode deal = examples.stream().filter(e -> e.type().startsWith("salesplan.opportunity."))
                .map(e -> e.payload().path("data")).reduce((first, last) -> last).orElseThrow();
        UUID rep = UUID.fromString(deal.path("ownerId").asText());
        UUID opportunity = UUID.fromString(deal.path("opportunityId").asText());
        Map<String, Object> activity = Fixtures.activity(rep, "VISIT");
        activity.put("opportunityId", opportunity.toString());
        json().body(activity).post("/api/v1/activities").then().statusCode(201)
                .body("accountId", equalTo(deal.path("accountId").asText()));
        assertThat(FakeGoals.calls(rep)).isZero();
        assertThat(FakePipeline.authorization(opportunity)).as("never looked up").isNull();
    }
}
