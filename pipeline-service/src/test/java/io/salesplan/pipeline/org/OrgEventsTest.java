package io.salesplan.pipeline.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salesplan.pipeline.Api;
import io.salesplan.pipeline.Db;
import io.salesplan.pipeline.FakeGoalsResource;
import io.salesplan.pipeline.GoalsEvents;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgEventsTest {

    @Inject
    Db db;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static void team(UUID id, UUID parent, long version) {
        GoalsEvents.team(id, parent, null, version);
    }

    private static EventEnvelope rep(UUID id, UUID team, long version) {
        return GoalsEvents.rep(id, id + "@example.com", team, version);
    }

    @Test
    void aRepAnnouncedByEventIsAnAcceptedOwnerWithoutAskingGoalsService() {
        UUID repId = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        EventEnvelope created = rep(repId, team, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.applied(created));
        assertThat(db.single("select team_id from rep where id = ?", repId)).isEqualTo(team);
        Api.createOpportunity(Api.opportunity(Api.account(), repId));
    }

    @Test
    void anInactiveRepCannotBecomeAnOwner() {
        UUID repId = UUID.randomUUID();
        EventEnvelope created = GoalsEvents.send("salesplan.rep.created.v1", repId,
                new RepEventV1(repId, "Gone", repId + "@example.com", null, false, 0L));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.applied(created));
        given().contentType(ContentType.JSON).body(Api.opportunity(Api.account(), repId))
                .post("/api/v1/opportunities").then().statusCode(422)
                .body("errors[0].field", equalTo("ownerId"))
                .body("detail", org.hamcrest.Matchers.containsString("inactive"));
    }

    @Test
    void anOlderVersionOfARepNeverOverwritesANewerOne() {
        UUID repId = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        EventEnvelope v3 = rep(repId, newer, 3);
        EventEnvelope v2 = rep(repId, older, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.applied(v3) && db.applied(v2));
        assertThat(db.single("select team_id from rep where id = ?", repId)).isEqualTo(newer);
        assertThat(db.count("select version from rep where id = ?", repId)).isEqualTo(3);
    }

    @Test
    void aTeamKeepsTheManagerItsLatestEventNames() {
        UUID teamId = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        EventEnvelope created = GoalsEvents.team(teamId, parent, first, 0);
        EventEnvelope changed = GoalsEvents.team(teamId, parent, second, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.applied(created) && db.applied(changed));
        assertThat(db.single("select manager_id from org_team where id = ?", teamId)).isEqualTo(second);
        assertThat(db.single("select parent_team_id from org_team where id = ?", teamId)).isEqualTo(parent);

        EventEnvelope stale = GoalsEvents.team(teamId, parent, first, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.applied(stale));
        assertThat(db.single("select manager_id from team where id = ?", teamId)).isEqualTo(second);
    }

    @Test
    void eventsOfOtherTypesOnTheGoalsTopicAreIgnored() {
        UUID goal = UUID.randomUUID();
        EventEnvelope event = GoalsEvents.send("salesplan.goal.created.v1", goal,
                Map.of("goalId", goal.toString(), "version", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.applied(event));
        assertThat(db.count("select count(*) from rep where id = ?", goal)).isZero();
        assertThat(db.count("select count(*) from team where id = ?", goal)).isZero();
    }

    @Test
    void aRepEventWithoutItsIdIsDeadLettered() {
        UUID subject = UUID.randomUUID();
        GoalsEvents.send("salesplan.rep.created.v1", subject, Map.of("name", "No id", "version", 0));
        var dead = Api.topics().await(GoalsEvents.TOPIC + ".dlt", r -> subject.toString().equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader("salesplan-dlt-reason").value(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("without repId");
    }

    @Test
    void teamFiltersAndTeamFunnelsIncludeTheRepsOfSubTeams() {
        UUID region = UUID.randomUUID();
        UUID squad = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        team(region, null, 0);
        team(squad, region, 0);
        team(elsewhere, null, 0);
        // The reps are verified with goals-service directly; only the teams come from events.
        UUID lead = FakeGoalsResource.rep(region);
        UUID member = FakeGoalsResource.rep(squad);
        UUID outsider = FakeGoalsResource.rep(elsewhere);

        String pipeline = given().contentType(ContentType.JSON).body(Map.of("name", Api.unique("Teams")))
                .post("/api/v1/pipelines").then().statusCode(201).extract().path("id");
        String leadDeal = deal(pipeline, lead, "PROPOSAL", "1000");
        String memberDeal = deal(pipeline, member, "INITIAL_CONTACT", "2000");
        deal(pipeline, outsider, "PROPOSAL", "4000");

        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from team where id in (?, ?)",
                region, squad) == 2);
        given().queryParam("teamId", region.toString()).get("/api/v1/pipelines/" + pipeline + "/funnel").then()
                .statusCode(200)
                .body("stages.stage", contains("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"))
                .body("stages.count", contains(1, 0, 1, 0))
                .body("totals.count", equalTo(2))
                .body("totals.amount", comparesEqualTo(new BigDecimal("3000")))
                .body("totals.weightedAmount", comparesEqualTo(new BigDecimal("700")));
        given().queryParam("teamId", squad.toString()).get("/api/v1/pipelines/" + pipeline + "/funnel").then()
                .body("totals.count", equalTo(1));

        List<String> regionIds = given().queryParam("teamId", region.toString()).queryParam("pipelineId", pipeline)
                .get("/api/v1/opportunities").then().statusCode(200).extract().path("items.id");
        assertThat(regionIds).containsExactlyInAnyOrder(leadDeal, memberDeal);
        List<String> squadIds = given().queryParam("teamId", squad.toString())
                .get("/api/v1/opportunities").then().statusCode(200).extract().path("items.id");
        assertThat(squadIds).containsExactly(memberDeal);
    }

    private static String deal(String pipeline, UUID owner, String stage, String amount) {
        Map<String, Object> body = Api.opportunity(Api.account(), owner);
        body.put("pipelineId", pipeline);
        body.put("stage", stage);
        body.put("amount", new BigDecimal(amount));
        return Api.createOpportunity(body);
    }
}
