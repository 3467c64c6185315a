package io.salesplan.review.retrospective;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rep's quarter, delivered as the producers' events: the snapshot's findings to the number, the
 * edit-and-close lifecycle, and the proposal read back from the broker.
 */
@QuarkusTest
class RetrospectivesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PATH = "/api/v1/retrospectives";

    /** One data set for the class: a rep of a team, two Q1 goals, six deals and their activities. */
    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID REP = UUID.randomUUID();
    private static final UUID OTHER_REP = UUID.randomUUID();
    private static final UUID PIPELINE = UUID.randomUUID();
    private static final GoalSpec REVENUE = new GoalSpec(UUID.randomUUID(), null, "REP", REP, "2026-Q1",
            "REVENUE_WON", null, "500000");
    private static final GoalSpec VISITS = new GoalSpec(UUID.randomUUID(), null, "REP", REP, "2026-Q1",
            "ACTIVITIES", "VISIT", "10");
    private static final GoalSpec OTHER_REVENUE = new GoalSpec(UUID.randomUUID(), null, "REP", OTHER_REP, "2026-Q1",
            "REVENUE_WON", null, "1000");

    @BeforeAll
    static void deliverTheQuarter() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Deal won = new Deal(PIPELINE, REP, "INITIAL_CONTACT", "100000", "2026-01-05");
        Deal lost1 = new Deal(PIPELINE, REP, "INITIAL_CONTACT", "50000", "2026-01-06");
        Deal lost2 = new Deal(PIPELINE, REP, "INITIAL_CONTACT", "40000", "2026-01-07");
        Deal recentlyCalled = new Deal(PIPELINE, REP, "INITIAL_CONTACT", "30000", "2026-01-08");
        Deal quietSinceFebruary = new Deal(PIPELINE, REP, "INITIAL_CONTACT", "20000", "2026-02-01");
        Deal neverTouched = new Deal(PIPELINE, REP, "INITIAL_CONTACT", "10000", "2026-03-01");
        List<Feed.Event> events = new ArrayList<>(List.of(
                Producers.team(TEAM, null, 1), Producers.rep(REP, TEAM, 1), Producers.rep(OTHER_REP, TEAM, 1),
                defaultPipeline(), REVENUE.created(), VISITS.created(), OTHER_REVENUE.created(),
                won.created(), won.move("PROPOSAL", "2026-01-10"), won.move("WON", "2026-02-01"),
                lost1.created(), lost1.move("PROPOSAL", "2026-01-12"), lost1.move("LOST", "2026-02-02"),
                lost2.created(), lost2.move("PROPOSAL", "2026-01-15"), lost2.move("LOST", "2026-02-03"),
                recentlyCalled.created(), quietSinceFebruary.created(), neverTouched.created(),
                new Act("VISIT", REP, "2026-01-08", won.id).logged(),
                new Act("VISIT", REP, "2026-01-20", won.id).logged(),
                new Act("VISIT", REP, "2026-01-09", lost1.id).logged(),
                new Act("CALL", REP, "2026-01-10", lost2.id).logged(),
                new Act("CALL", REP, "2026-03-20", recentlyCalled.id).logged(),
                new Act("CALL", REP, "2026-02-10", quietSinceFebruary.id).logged()));
        Feed.send(events);
        Feed.awaitConsumed(WAIT);
    }

    /** The default pipeline (the snapshot's conversion reads it); its high version makes it the newest default. */
    private static Feed.Event defaultPipeline() {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (int i = 0; i < Producers.DEFAULT_STAGES.size(); i++) {
            String key = Producers.DEFAULT_STAGES.get(i);
            stages.add(Producers.map("key", key, "name", key, "kind",
                    key.equals("WON") || key.equals("LOST") ? key : "OPEN", "probability", BigDecimal.ZERO,
                    "position", i));
        }
        return Feed.event("salesplan.pipeline", "/pipeline-service", "salesplan.pipeline.defined.v1",
                PIPELINE.toString(), Producers.map("pipelineId", PIPELINE, "name", "Default", "isDefault", true,
                        "stages", stages, "version", 1_000_000));
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    private static JsonPath createRepQuarter() {
        return create(Map.of("cadence", "QUARTERLY", "scopeType", "REP", "scopeId", REP.toString(),
                "period", "2026-Q1")).statusCode(201).header("ETag", "\"0\"").extract().jsonPath();
    }

    private static Map<String, Object> adjustment(UUID goalId, String target) {
        return Map.of("actions", List.of(Map.of("description", "Re-plan the quarter", "ownerId", REP.toString(),
                "dueDate", "2026-04-15", "adjustment", Map.of("goalId", goalId.toString(),
                        "newTargetValue", new BigDecimal(target), "reason", "two big deals slipped"))));
    }

    @Test
    void theSnapshotHoldsTheQuartersNumbersAndTheFindingsSayThemInWords() {
        JsonPath retro = createRepQuarter();

        assertThat(retro.getString("status")).isEqualTo("OPEN");
        assertThat(retro.getString("snapshot.asOf")).isEqualTo("2026-03-31");
        assertThat(retro.getList("snapshot.goals.goalId")).containsExactly(VISITS.goalId().toString(),
                REVENUE.goalId().toString());
        assertThat(retro.getString("snapshot.goals[1].status")).isEqualTo("BEHIND");
        assertThat(retro.getString("snapshot.biggestLeak")).isEqualTo("PROPOSAL");
        assertThat(retro.getString("snapshot.bestActivityType.type")).isEqualTo("VISIT");
        assertThat(retro.getList("snapshot.staleDeals.daysWithoutActivity", Integer.class)).containsExactly(49, 30);
        assertThat(retro.getList("findings", String.class)).containsExactly(
                "ACTIVITIES (VISIT) is 70 % behind pace",
                "REVENUE_WON is 80 % behind pace",
                "most deals are lost after PROPOSAL: only 33 % move on to the next stage",
                "VISIT converts best: 50 % win rate",
                "2 open deals have had no activity for 14 days",
                "Deals are lost mostly to PRICE (100 %)");
        given().get(PATH + "/" + retro.getString("id")).then().statusCode(200).header("ETag", "\"0\"")
                .body("findings.size()", equalTo(6));
    }

    @Test
    void closingFreezesItAndPublishesTheAdjustmentAsAProposal() {
        String id = createRepQuarter().getString("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("notes", "Slow January", "causes", List.of("two reps on leave")))
                .patch(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("notes", equalTo("Slow January")).body("causes", equalTo(List.of("two reps on leave")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("notes", "lost update"))
                .patch(PATH + "/" + id).then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(adjustment(REVENUE.goalId(), "400000")).patch(PATH + "/" + id).then().statusCode(200)
                .body("actions[0].adjustment.newTargetValue", equalTo(400000))
                .body("notes", equalTo("Slow January"));

        given().header("If-Match", "\"2\"").post(PATH + "/" + id + "/close").then().statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("CLOSED"));

        problem(given().contentType(ContentType.JSON).body(Map.of("notes", "too late")).patch(PATH + "/" + id)
                .then(), 409);
        problem(given().post(PATH + "/" + id + "/close").then(), 409);

        List<EventEnvelope> published = Feed.published(id, 2, WAIT);
        EventEnvelope proposal = published.stream().filter(e -> e.type().equals("salesplan.adjustment.proposed.v1"))
                .findFirst().orElseThrow();
        assertThat(proposal.subject()).isEqualTo(REVENUE.goalId().toString());
        assertThat(proposal.actor()).as("the admin who closed it").isEqualTo("local-admin");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = Feed.CODEC.data(proposal, Map.class);
        assertThat(data).containsEntry("retrospectiveId", id).containsEntry("goalId", REVENUE.goalId().toString())
                .containsEntry("reason", "two big deals slipped").containsKeys("adjustmentId", "proposedAt");
        assertThat(new BigDecimal(data.get("newTargetValue").toString())).isEqualByComparingTo("400000");
        EventEnvelope closed = published.stream().filter(e -> e.type().equals("salesplan.retrospective.closed.v1"))
                .findFirst().orElseThrow();
        assertThat(closed.subject()).isEqualTo(id);
        assertThat(Feed.CODEC.data(closed, Map.class)).containsEntry("adjustments", 1)
                .containsEntry("period", "2026-Q1").containsEntry("cadence", "QUARTERLY");
    }

    @Test
    void listsFilterByScopeCadenceAndPeriodAndPageWithACursor() {
        String first = createRepQuarter().getString("id");
        String second = createRepQuarter().getString("id");
        JsonPath page = given().queryParams(Map.of("scopeType", "REP", "scopeId", REP, "cadence", "QUARTERLY",
                "period", "2026-Q1", "limit", 1)).get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        List<String> seen = new ArrayList<>(page.getList("items.id", String.class));
        String cursor = page.getString("nextCursor");
        while (cursor != null) {
            JsonPath next = given().queryParams(Map.of("scopeType", "REP", "scopeId", REP, "cadence", "QUARTERLY",
                    "period", "2026-Q1", "limit", 1, "cursor", cursor)).get(PATH).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(next.getList("items.id", String.class));
            cursor = next.getString("nextCursor");
        }
        assertThat(seen).contains(first, second).doesNotHaveDuplicates();
        assertThat(seen.indexOf(first)).as("oldest first").isLessThan(seen.indexOf(second));
        given().queryParams(Map.of("scopeId", OTHER_REP)).get(PATH).then().statusCode(200)
                .body("items.size()", equalTo(0));
        problem(given().queryParams(Map.of("cadence", "DAILY")).get(PATH).then(), 400)
                .body("detail", containsString("WEEKLY, MONTHLY, QUARTERLY"));
        problem(given().queryParams(Map.of("scopeId", REP, "cursor", cursorOfAnotherQuery())).get(PATH).then(), 400);
    }

    private static String cursorOfAnotherQuery() {
        createRepQuarter();
        createRepQuarter();
        return given().queryParams(Map.of("limit", 1)).get(PATH).then().extract().jsonPath().getString("nextCursor");
    }

    @Test
    void badScopesAndPeriodsAreProblems() {
        problem(create(Map.of("cadence", "QUARTERLY", "scopeType", "TEAM", "scopeId", UUID.randomUUID().toString(),
                "period", "2026-Q1")), 422).body("errors.field", hasItem("scopeId"));
        problem(create(Map.of("cadence", "QUARTERLY", "scopeType", "REP", "scopeId", UUID.randomUUID().toString(),
                "period", "2026-Q1")), 422).body("errors.field", hasItem("scopeId"));
        problem(create(Map.of("cadence", "MONTHLY", "scopeType", "COMPANY", "period", "2026-Q1")), 400)
                .body("errors.field", hasItem("period")).body("detail", containsString("2026-03"));
        problem(create(Map.of("cadence", "WEEKLY", "scopeType", "COMPANY", "period", "2026-W99")), 400)
                .body("errors.field", hasItem("period"));
        problem(create(Map.of("cadence", "DAILY", "scopeType", "COMPANY", "period", "2026-Q1")), 400)
                .body("errors.field", hasItem("cadence"));
        problem(create(Map.of("cadence", "QUARTERLY", "scopeType", "COMPANY", "scopeId", TEAM.toString(),
                "period", "2026-Q1")), 400).body("errors.field", hasItem("scopeId"));
        problem(create(Map.of("cadence", "QUARTERLY", "scopeType", "TEAM", "period", "2026-Q1")), 400)
                .body("errors.field", hasItem("scopeId"));
        problem(given().get(PATH + "/" + UUID.randomUUID()).then(), 404);
    }

    @Test
    void anAdjustmentNeedsAPositiveTargetAndAGoalOfTheScope() {
        String id = createRepQuarter().getString("id");
        problem(given().contentType(ContentType.JSON).body(adjustment(REVENUE.goalId(), "0"))
                .patch(PATH + "/" + id).then(), 400)
                .body("errors.field", hasItem("actions[0].adjustment.newTargetValue"));
        problem(given().contentType(ContentType.JSON).body(adjustment(OTHER_REVENUE.goalId(), "900"))
                .patch(PATH + "/" + id).then(), 422)
                .body("errors.field", hasItem("actions[0].adjustment.goalId"));
        problem(given().contentType(ContentType.JSON).body(adjustment(UUID.randomUUID(), "900"))
                .patch(PATH + "/" + id).then(), 422);

        String teamRetro = create(Map.of("cadence", "QUARTERLY", "scopeType", "TEAM", "scopeId", TEAM.toString(),
                "period", "2026-Q1")).statusCode(201).extract().jsonPath().getString("id");
        given().contentType(ContentType.JSON).body(adjustment(OTHER_REVENUE.goalId(), "900"))
                .patch(PATH + "/" + teamRetro).then().statusCode(200);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }
}
