package io.salesplan.pipeline.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.infra.AsyncApiExample;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import io.salesplan.pipeline.FakeGoalsResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pipeline-service applies the examples of docs/asyncapi.yaml for every event type it consumes, exactly as
 * written there (the document is their single source): each lands in its copy of the organisation at the
 * example's version, none is dead-lettered, and the example's rep is then an accepted owner whose team is
 * resolved without asking goals-service.
 */
@QuarkusTest
class AsyncApiExamplesTest {

    private static final String SERVICE = "pipeline-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void everyOrganisationExampleIsAppliedAndItsRepOwnsDealsInItsTeam() throws IOException {
        List<AsyncApiExample> examples = AsyncApiExample.consumedBy(SERVICE);
        assertThat(examples).extracting(AsyncApiExample::type).containsOnly("salesplan.team.created.v1",
                "salesplan.team.updated.v1", "salesplan.rep.created.v1", "salesplan.rep.updated.v1");
        TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());
        for (AsyncApiExample example : examples) {
            topics.send(example.topic(), example.payload().path("subject").asText(), example.payload().toString());
            JsonNode data = example.payload().path("data");
            String sql = example.type().startsWith("salesplan.team.")
                    ? "select count(*) from team where id = ?::uuid and version = ? and name = ? "
                            + "and parent_team_id is not distinct from ?::uuid and manager_id is not distinct from ?::uuid"
                    : "select count(*) from rep where id = ?::uuid and version = ? and name = ? and email = ? "
                            + "and team_id = ?::uuid and active = ?";
            Object[] values = example.type().startsWith("salesplan.team.")
                    ? new Object[] {text(data, "teamId"), data.path("version").asLong(), text(data, "name"),
                        text(data, "parentTeamId"), text(data, "managerId")}
                    : new Object[] {text(data, "repId"), data.path("version").asLong(), text(data, "name"),
                        text(data, "email"), text(data, "teamId"), data.path("active").asBoolean()};
            await(example.type() + " " + example.payload().path("id").asText()).atMost(Duration.ofSeconds(30))
                    .until(() -> db.count(sql, values) == 1);
        }
        assertThat(topics.readAll("salesplan.goals.dlt"))
                .noneMatch(r -> examples.stream().anyMatch(e -> r.value().contains(e.payload().path("id").asText())));

        String rep = examples.stream().filter(e -> e.type().startsWith("salesplan.rep."))
                .map(e -> e.payload().path("subject").asText()).findFirst().orElseThrow();
        String team = examples.stream().filter(e -> e.type().startsWith("salesplan.team."))
                .map(e -> e.payload().path("subject").asText()).findFirst().orElseThrow();
        String deal = given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Deal"),
                        "accountId", Api.account(), "ownerId", rep, "amount", 1000))
                .post("/api/v1/opportunities").then().statusCode(201).extract().path("id");
        assertThat(FakeGoalsResource.authorizationSeenFor(UUID.fromString(rep))).as("never looked up").isNull();
        String created = topics.await("salesplan.pipeline", r -> deal.equals(r.key()), Duration.ofSeconds(30)).value();
        assertThat(JSON.readTree(created).path("data").path("teamId").asText()).as("the rep's team")
                .isEqualTo(team);
    }

    private static String text(JsonNode data, String field) {
        return data.path(field).isNull() ? null : data.path(field).asText();
    }
}
