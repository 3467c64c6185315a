package io.salesplan.review.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Deal;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Activity effectiveness read from the aggregates and the touch rows gives exactly the answer of the former
 * raw-row query ({@link RawEffectiveness}) on random histories sent through the broker: activities logged,
 * retyped, moved to another day, deal or rep, deleted; deals won, lost, reopened and reassigned; a rep who
 * changes team and one announced after their activities; every event delivered twice, in random order. Each
 * history is compared twice (after its first events and after its corrections), for every scope (company, a
 * team tree, each team, each rep, an unknown rep) and many random windows and asOf dates.
 */
@QuarkusTest
class EffectivenessFromTouchesTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String[] TYPES = {"CALL", "VISIT", "DEMO", "EMAIL", "MEETING", "OTHER"};
    private static final int WINDOWS = 40;

    @Inject
    EffectivenessService effectiveness;

    @Inject
    RawEffectiveness raw;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void touchRowsGiveTheRawRowAnswerOnRandomHistories() throws Exception {
        long closedSeen = 0;
        for (long seed : new long[] {18L, 1805L, 20260101L}) {
            History history = new History(new Random(seed));
            Feed.send(Feed.shuffledWithDuplicates(history.first(), seed));
            Feed.awaitConsumed(WAIT);
            closedSeen += compare(history, seed);
            Feed.send(Feed.shuffledWithDuplicates(history.corrections(), seed + 1));
            Feed.awaitConsumed(WAIT);
            closedSeen += compare(history, seed + 1);
        }
        assertThat(closedSeen).as("windows where a type touched both won and lost deals").isPositive();
        assertThat(count("select count(*) from agg_touch_day where activities <= 0"))
                .as("rows that reached 0 are deleted").isZero();
    }

    @Test
    void theMigrationsBackfillRebuildsTheMaintainedTouchRows() throws Exception {
        History history = new History(new Random(52L));
        Feed.send(history.first());
        Feed.send(history.corrections());
        Feed.awaitConsumed(WAIT);
        String migration = Files.readString(
                Path.of("src/main/resources/db/migration/V52__activity_touches.sql"));
        String backfill = migration.substring(migration.indexOf("insert into agg_touch_day"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create temporary table maintained on commit drop as select * from agg_touch_day");
            statement.execute("delete from agg_touch_day");
            statement.execute(backfill);
            long differing = number(statement, "select count(*) from ((select * from maintained except all "
                    + "select * from agg_touch_day) union all (select * from agg_touch_day except all "
                    + "select * from maintained)) d");
            long historyRows = number(statement, "select count(*) from maintained where owner_id = '"
                    + history.reps.get(0) + "'");
            connection.rollback();
            assertThat(differing).isZero();
            assertThat(historyRows).isPositive();
        }
    }

    /** Compares every scope over random windows; returns how many types of the team tree had won and lost deals. */
    private long compare(History history, long seed) {
        Random random = new Random(seed * 31);
        long closedSeen = 0;
        for (int i = 0; i < WINDOWS; i++) {
            LocalDate from = START.plusDays(random.nextInt(200));
            LocalDate to = from.plusDays(random.nextInt(120));
            LocalDate asOf = random.nextInt(4) == 0 ? to.plusDays(random.nextInt(60))
                    : from.plusDays(random.nextInt(150) - 10);
            ReportWindow window = new ReportWindow(from, to, asOf);
            for (OwnerScope scope : history.scopes()) {
                EffectivenessView expected = raw.ofOwner(scope, window);
                assertThat(effectiveness.ofOwner(scope, window)).as("%s %s", scope, window).isEqualTo(expected);
                if (scope.type() == OwnerType.TEAM && scope.id().equals(history.parent)) {
                    closedSeen += expected.types().stream()
                            .filter(t -> t.wonOpportunities() > 0 && t.lostOpportunities() > 0).count();
                }
            }
        }
        return closedSeen;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return number(statement, sql);
        }
    }

    private static long number(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String day(Random random, int from, int days) {
        return START.plusDays(from + random.nextInt(days)).toString();
    }

    /**
     * One random history: a team with two sub-teams, five reps (one changes team, one is announced only with
     * the corrections, one never), a dozen deals and 150 activities, 70 % of them logged against a deal.
     */
    private static final class History {

        final Random random;
        final UUID parent = UUID.randomUUID();
        final UUID east = UUID.randomUUID();
        final UUID west = UUID.randomUUID();
        final UUID pipeline = UUID.randomUUID();
        final List<UUID> reps = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        final List<Deal> deals = new ArrayList<>();
        final Set<Deal> closed = new HashSet<>();
        final List<Activity> activities = new ArrayList<>();

        History(Random random) {
            this.random = random;
        }

        List<OwnerScope> scopes() {
            List<OwnerScope> scopes = new ArrayList<>(List.of(new OwnerScope(OwnerType.COMPANY, OwnerScope.COMPANY_ID),
                    new OwnerScope(OwnerType.TEAM, parent), new OwnerScope(OwnerType.TEAM, east),
                    new OwnerScope(OwnerType.TEAM, west)));
            reps.forEach(rep -> scopes.add(new OwnerScope(OwnerType.REP, rep)));
            return scopes;
        }

        List<Feed.Event> first() {
            List<Feed.Event> events = new ArrayList<>(List.of(Producers.team(parent, null, 0),
                    Producers.team(east, parent, 0), Producers.team(west, parent, 0),
                    Producers.rep(reps.get(0), east, 0), Producers.rep(reps.get(1), east, 0),
                    Producers.rep(reps.get(2), west, 0),
                    Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0)));
            for (int i = 0; i < 12; i++) {
                Deal deal = new Deal(pipeline, rep(), "INITIAL_CONTACT", "1000", day(random, 0, 90));
                deals.add(deal);
                events.add(deal.created());
                if (random.nextBoolean()) {
                    events.add(deal.move(random.nextBoolean() ? "WON" : "LOST", day(random, 90, 60)));
                    closed.add(deal);
                }
            }
            for (int i = 0; i < 150; i++) {
                Activity activity = new Activity(TYPES[random.nextInt(TYPES.length)], rep(), day(random, 0, 240),
                        random.nextInt(10) < 7 ? deal() : null);
                activities.add(activity);
                events.add(activity.logged());
            }
            return events;
        }

        /** Edits of half the activities and of some deals, a rep moved, a late rep announced. */
        List<Feed.Event> corrections() {
            List<Feed.Event> events = new ArrayList<>(List.of(Producers.rep(reps.get(1), west, 1),
                    Producers.rep(reps.get(3), west, 0)));
            for (Activity activity : activities) {
                switch (random.nextInt(8)) {
                    case 0 -> activity.type = TYPES[random.nextInt(TYPES.length)];
                    case 1 -> activity.on = day(random, 0, 240);
                    case 2 -> activity.opportunity = random.nextBoolean() ? deal() : null;
                    case 3 -> activity.owner = rep();
                    case 4 -> activity.deleted = true;
                    default -> {
                        continue;
                    }
                }
                events.add(activity.changed());
            }
            for (Deal deal : deals) {
                int change = random.nextInt(5);
                if (change < 3 && closed.contains(deal)) {
                    events.add(deal.move("PROPOSAL", day(random, 150, 10)));
                }
                switch (change) {
                    case 0 -> events.add(deal.move("WON", day(random, 160, 60)));
                    case 1 -> events.add(deal.move("LOST", day(random, 160, 60)));
                    case 2 -> {
                        events.add(deal.move("WON", day(random, 160, 30)));
                        events.add(deal.move("NEGOTIATION", day(random, 190, 30)));
                    }
                    case 3 -> events.add(deal.changeOwner(rep()));
                    default -> {
                        // unchanged
                    }
                }
            }
            return events;
        }

        private UUID rep() {
            return reps.get(random.nextInt(reps.size()));
        }

        private UUID deal() {
            return deals.get(random.nextInt(deals.size())).id;
        }
    }

    /** An activity whose events carry its whole state, any part of which a later version may change. */
    private static final class Activity {
        final UUID id = UUID.randomUUID();
        String type;
        UUID owner;
        String on;
        UUID opportunity;
        boolean deleted;
        long version;

        Activity(String type, UUID owner, String on, UUID opportunity) {
            this.type = type;
            this.owner = owner;
            this.on = on;
            this.opportunity = opportunity;
        }

        Feed.Event logged() {
            return event("salesplan.activity.logged.v1");
        }

        Feed.Event changed() {
            version++;
            return event(deleted ? "salesplan.activity.deleted.v1" : "salesplan.activity.updated.v1");
        }

        private Feed.Event event(String eventType) {
            OffsetDateTime occurredAt = Producers.at(on);
            return Feed.event("salesplan.activities", "/activity-service", eventType, id.toString(), Producers.map(
                    "activityId", id, "type", type, "ownerId", owner, "occurredAt", occurredAt,
                    "opportunityId", opportunity, "accountId", null, "taskId", null, "durationMinutes", 30,
                    "outcome", "ok", "source", "test", "externalId", null, "version", version));
        }
    }
}
