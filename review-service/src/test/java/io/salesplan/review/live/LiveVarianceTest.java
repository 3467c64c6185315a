package io.salesplan.review.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.JwtTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.review.support.EventStream;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Deal;
import io.salesplan.review.support.Producers.GoalSpec;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live variance stream, read as the cockpit reads it (fetch with the bearer token): the current rows at
 * once, a new event when applied events change them, at most one a second, heartbeats, reconnecting, the
 * per-instance limit, and the ends of a stream. Tests run with a limit of 4 streams and a 2 s heartbeat.
 */
@QuarkusTest
class LiveVarianceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LiveVariance live;

    @Inject
    AgroalDataSource dataSource;

    /** A team with one rep, its 2026 revenue goal and a deal of 100 000 won in January. */
    private static final class Team {
        final UUID team = UUID.randomUUID();
        final UUID rep = UUID.randomUUID();
        final UUID pipeline = UUID.randomUUID();
        final GoalSpec goal = new GoalSpec(UUID.randomUUID(), null, "TEAM", team, "2026", "REVENUE_WON", null, "1000000");

        Team() {
            Deal won = new Deal(pipeline, rep, "INITIAL_CONTACT", "100000", "2026-01-05");
            Feed.send(List.of(Producers.team(team, null, 0), Producers.rep(rep, team, 0),
                    Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0), goal.created(), won.created(),
                    won.move("WON", "2026-01-20")));
            Feed.awaitConsumed(WAIT);
        }

        String path() {
            return "/api/v1/reviews/stream?ownerType=TEAM&ownerId=" + team + "&period=2026";
        }

        /** Another deal of the rep, won in February. */
        void win(String amount) {
            Deal deal = new Deal(pipeline, rep, "INITIAL_CONTACT", amount, "2026-02-01");
            Feed.send(List.of(deal.created(), deal.move("WON", "2026-02-10")));
        }
    }

    @BeforeEach
    void noStreamIsOpen() {
        await().atMost(WAIT).until(() -> live.openStreams() == 0);
    }

    private static BigDecimal actual(EventStream.Event event) throws Exception {
        JsonNode rows = JSON.readTree(event.data());
        return rows.path("items").get(0).path("actual").decimalValue();
    }

    @Test
    void theCurrentRowsComeAtOnceAndAnAppliedEventThatChangesThemIsPushed() throws Exception {
        Team team = new Team();
        try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-cache");
            EventStream.Event first = stream.nextEvent(WAIT);
            assertThat(first.name()).isEqualTo("variance");
            assertThat(first.id()).hasSize(24);
            JsonNode rows = JSON.readTree(first.data());
            assertThat(rows.path("items")).hasSize(1);
            assertThat(rows.path("items").get(0).path("goalId").asText()).isEqualTo(team.goal.goalId().toString());
            assertThat(actual(first)).isEqualByComparingTo("100000");

            team.win("50000");
            EventStream.Event changed = stream.nextEvent(WAIT);
            assertThat(changed.name()).isEqualTo("variance");
            assertThat(actual(changed)).isEqualByComparingTo("150000");
            assertThat(changed.id()).isNotEqualTo(first.id());
        }
    }

    @Test
    void aClientAcceptingAnythingGetsTheStreamAndOneAskingForJsonGetsTheUsualChecksThenA406() {
        Team team = new Team();
        for (String accept : new String[] {null, "*/*"}) {
            try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null, accept)) {
                assertThat(stream.status()).as("Accept " + accept).isEqualTo(200);
                assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
                assertThat(stream.nextEvent(WAIT).name()).isEqualTo("variance");
            }
        }
        String json = "application/json";
        try (EventStream noToken = EventStream.open(team.path(), null, null, json)) {
            assertThat(noToken.status()).isEqualTo(401);
        }
        try (EventStream badOwner = EventStream.open("/api/v1/reviews/stream?ownerType=PLANET", TestCallers.admin(),
                null, json)) {
            assertThat(badOwner.status()).isEqualTo(400);
            assertThat(badOwner.header("Content-Type")).startsWith("application/problem+json");
        }
        try (EventStream notAcceptable = EventStream.open(team.path(), TestCallers.admin(), null, json)) {
            assertThat(notAcceptable.status()).isEqualTo(406);
            assertThat(notAcceptable.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aClientReconnectingWithLastEventIdGetsTheCurrentRowsAtOnce() {
        Team team = new Team();
        String id;
        String data;
        try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null)) {
            EventStream.Event first = stream.nextEvent(WAIT);
            id = first.id();
            data = first.data();
        }
        try (EventStream again = EventStream.open(team.path(), TestCallers.admin(), id)) {
            EventStream.Event first = again.nextEvent(Duration.ofSeconds(5));
            assertThat(first).as("sent at once, not after a change").isNotNull();
            assertThat(first.id()).isEqualTo(id);
            assertThat(first.data()).isEqualTo(data);
        }
    }

    @Test
    void aStreamGetsAtMostOneEventASecondAndEndsWithTheLatestRows() throws Exception {
        Team team = new Team();
        try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null)) {
            List<EventStream.Event> events = new ArrayList<>(List.of(stream.nextEvent(WAIT)));
            for (int i = 1; i <= 6; i++) {
                team.win("1000");
                Thread.sleep(250);
            }
            await().atMost(WAIT).until(() -> {
                EventStream.Event next = stream.nextEvent(Duration.ofMillis(500));
                if (next != null) {
                    events.add(next);
                }
                return actual(events.get(events.size() - 1)).compareTo(new BigDecimal("106000")) == 0;
            });
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).receivedAtNanos() - events.get(i - 1).receivedAtNanos())
                        .as("time between events %d and %d", i - 1, i).isGreaterThan(Duration.ofMillis(900).toNanos());
            }
            assertThat(events.size()).as("six changes in 1.5 s are not six events").isLessThan(7);
        }
    }

    @Test
    void aQuietStreamGetsHeartbeats() {
        Team team = new Team();
        try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null)) {
            stream.nextEvent(WAIT);
            EventStream.Event heartbeat = stream.next(Duration.ofSeconds(6));
            assertThat(heartbeat).isNotNull();
            assertThat(heartbeat.comment()).isTrue();
            assertThat(heartbeat.data()).isEqualTo("heartbeat");
        }
    }

    @Test
    void oneStreamMoreThanTheLimitIsA503ProblemAndAClosedStreamFreesItsPlace() {
        Team team = new Team();
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                streams.add(EventStream.open(team.path(), TestCallers.admin(), null));
                assertThat(streams.get(i).status()).isEqualTo(200);
            }
            try (EventStream fifth = EventStream.open(team.path(), TestCallers.admin(), null)) {
                assertThat(fifth.status()).isEqualTo(503);
                assertThat(fifth.header("Content-Type")).startsWith("application/problem+json");
                assertThat(fifth.header("Retry-After")).isEqualTo("5");
                assertThat(fifth.body()).contains("limit of 4 live streams");
            }
            streams.remove(0).close();
            await().atMost(WAIT).until(() -> live.openStreams() == 3);
            try (EventStream again = EventStream.open(team.path(), TestCallers.admin(), null)) {
                assertThat(again.status()).isEqualTo(200);
            }
        } finally {
            streams.forEach(EventStream::close);
        }
    }

    @Test
    void streamsEndWhenTheInstanceClosesThemAndWhenTheTokenExpires() {
        Team team = new Team();
        try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null)) {
            stream.nextEvent(WAIT);
            live.closeAll();
            assertThat(stream.nextEvent(WAIT)).isEqualTo(EventStream.END);
        }
        String shortLived = JwtTestResource.tokens().mint("short-lived", null, List.of("admin"), Duration.ofSeconds(3));
        try (EventStream stream = EventStream.open(team.path(), shortLived, null)) {
            assertThat(stream.nextEvent(WAIT).name()).isEqualTo("variance");
            assertThat(stream.nextEvent(WAIT)).isEqualTo(EventStream.END);
        }
    }

    @Test
    void aChangeAnotherInstanceAppliedReachesTheStreamThroughTheChangeMarker() throws Exception {
        Team team = new Team();
        try (EventStream stream = EventStream.open(team.path(), TestCallers.admin(), null)) {
            assertThat(actual(stream.nextEvent(WAIT))).isEqualByComparingTo("100000");
            // what another replica's consumer does: change the read model and bump its own marker row
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement target = c.prepareStatement(
                        "update rm_goal set target_value = 2000000 where goal_id = ?")) {
                    target.setObject(1, team.goal.goalId());
                    target.executeUpdate();
                }
                try (PreparedStatement marker = c.prepareStatement("insert into rm_change values (?, 1, now()) "
                        + "on conflict (instance) do update set seq = rm_change.seq + 1, changed_at = now()")) {
                    marker.setString(1, "another-replica/" + UUID.randomUUID());
                    marker.executeUpdate();
                }
                c.commit();
            }
            JsonNode rows = JSON.readTree(stream.nextEvent(WAIT).data());
            assertThat(rows.path("items").get(0).path("target").decimalValue()).isEqualByComparingTo("2000000");
        }
    }
}
