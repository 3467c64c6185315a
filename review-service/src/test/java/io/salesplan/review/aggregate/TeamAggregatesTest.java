package io.salesplan.review.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The team rows always equal the sum of the rows of the reps the team has now: activities that
 * arrive before their rep is known, a rep who changes team (and a stale event moving them back),
 * deletions, a reopened deal and redeliveries. Team reports read them and agree with their reps'.
 */
@QuarkusTest
class TeamAggregatesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Actuals actuals;

    @Inject
    AgroalDataSource dataSource;

    private final UUID parent = UUID.randomUUID();
    private final UUID east = UUID.randomUUID();
    private final UUID west = UUID.randomUUID();
    private final UUID mover = UUID.randomUUID();
    private final UUID stayer = UUID.randomUUID();
    private final UUID pipeline = UUID.randomUUID();

    @Test
    void teamRowsFollowTheRepsTheTeamHasNow() {
        // the mover's first activities and deal arrive before goals-service announced the mover
        List<Feed.Event> early = new ArrayList<>();
        List<Act> moverActs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Act act = new Act(i % 2 == 0 ? "CALL" : "VISIT", mover, LocalDate.of(2026, 1, 5).plusDays(i * 9).toString(),
                    null);
            moverActs.add(act);
            early.add(act.logged());
        }
        Deal won = new Deal(pipeline, mover, "INITIAL_CONTACT", "1200", "2026-01-12");
        early.add(Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0));
        early.add(won.created());
        early.add(won.move("WON", "2026-02-20"));
        Feed.send(early);
        Feed.awaitConsumed(WAIT);

        Feed.send(List.of(Producers.team(parent, null, 0), Producers.team(east, parent, 0),
                Producers.team(west, parent, 0), Producers.rep(mover, east, 0), Producers.rep(stayer, west, 0)));
        Feed.awaitConsumed(WAIT);
        assertTeamRowsAreTheSumOfTheirReps();
        assertThat(activities(east, null)).isEqualTo(12);

        List<Feed.Event> later = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            later.add(new Act("DEMO", stayer, LocalDate.of(2026, 2, 1).plusDays(i * 5).toString(), null).logged());
        }
        Deal lost = new Deal(pipeline, stayer, "PROPOSAL", "300", "2026-02-02");
        later.addAll(List.of(lost.created(), lost.move("LOST", "2026-03-03")));
        Feed.send(later);
        Feed.awaitConsumed(WAIT);

        // the mover changes team; a stale copy of the old announcement and redeliveries change nothing
        Feed.Event moved = Producers.rep(mover, west, 1);
        Feed.send(List.of(moved));
        Feed.awaitConsumed(WAIT);
        Feed.send(List.of(Producers.rep(mover, east, 0), Feed.republished(moved), Feed.republished(early.get(0)),
                moverActs.get(1).deleted(), moverActs.get(2).retyped("EMAIL"), won.move("NEGOTIATION", "2026-03-02"),
                won.move("WON", "2026-03-10")));
        Feed.awaitConsumed(WAIT);

        assertTeamRowsAreTheSumOfTheirReps();
        assertThat(activities(east, null)).as("the mover took their history along").isZero();
        assertThat(activities(west, null)).isEqualTo(11 + 8);
        assertThat(activities(parent, null)).isEqualTo(11 + 8);
        assertThat(activities(west, ActivityType.EMAIL)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            for (LocalDate[] range : List.of(new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)},
                    new LocalDate[] {LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 5)},
                    new LocalDate[] {LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 27)})) {
                LocalDate from = range[0];
                LocalDate to = range[1];
                Map<String, Long> team = actuals.activitiesByType(new OwnerScope(OwnerType.TEAM, west), from, to);
                Map<String, Long> sum = new java.util.HashMap<>(rep(mover, from, to));
                rep(stayer, from, to).forEach((type, n) -> sum.merge(type, n, Long::sum));
                assertThat(team).as("%s..%s", from, to).isEqualTo(sum);
                DealTotals teamDeals = actuals.deals(new OwnerScope(OwnerType.TEAM, parent), from, to);
                DealTotals repDeals = actuals.deals(new OwnerScope(OwnerType.REP, mover), from, to)
                        .plus(actuals.deals(new OwnerScope(OwnerType.REP, stayer), from, to));
                assertThat(teamDeals).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                        BigDecimal.class).isEqualTo(repDeals);
            }
            DealTotals year = actuals.deals(new OwnerScope(OwnerType.TEAM, west), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));
            assertThat(year.created()).isEqualTo(2);
            assertThat(year.won()).as("won again on 10 March, once").isEqualTo(1);
            assertThat(year.wonAmount()).isEqualByComparingTo("1200");
            assertThat(year.lost()).isEqualTo(1);
            DealTotals left = actuals.deals(new OwnerScope(OwnerType.TEAM, east), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));
            assertThat(left.created() + left.won() + left.lost() + left.wonCycleDays()).isZero();
            assertThat(left.wonAmount()).isEqualByComparingTo("0");
        });
    }

    private Map<String, Long> rep(UUID rep, LocalDate from, LocalDate to) {
        return actuals.activitiesByType(new OwnerScope(OwnerType.REP, rep), from, to);
    }

    private long activities(UUID team, ActivityType type) {
        return QuarkusTransaction.requiringNew().call(() -> actuals.activities(new OwnerScope(OwnerType.TEAM, team),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), type));
    }

    /** Every team row of this test's teams, day and month, against the sums of its reps' rows: no difference. */
    private void assertTeamRowsAreTheSumOfTheirReps() {
        String activities = "select coalesce(t.owner_id, s.team_id), coalesce(t.day, s.day) from "
                + "(select r.team_id, a.day, a.activity_type, sum(a.activities) as n from %1$s a "
                + "join rm_rep r on r.rep_id = a.owner_id where r.team_id = any(?) group by 1, 2, 3) s "
                + "full join (select * from agg_team_%2$s where owner_id = any(?)) t on t.owner_id = s.team_id "
                + "and t.day = s.day and t.activity_type = s.activity_type "
                + "where coalesce(t.activities, 0) <> coalesce(s.n, 0)";
        String deals = "select coalesce(t.owner_id, s.team_id), coalesce(t.day, s.day) from "
                + "(select r.team_id, a.day, sum(a.created) c, sum(a.won) w, sum(a.won_amount) m, "
                + "sum(a.won_cycle_days) d, sum(a.lost) l from %1$s a join rm_rep r on r.rep_id = a.owner_id "
                + "where r.team_id = any(?) group by 1, 2) s "
                + "full join (select * from agg_team_%2$s where owner_id = any(?)) t on t.owner_id = s.team_id "
                + "and t.day = s.day where coalesce(t.created, 0) <> coalesce(s.c, 0) "
                + "or coalesce(t.won, 0) <> coalesce(s.w, 0) or coalesce(t.won_amount, 0) <> coalesce(s.m, 0) "
                + "or coalesce(t.won_cycle_days, 0) <> coalesce(s.d, 0) or coalesce(t.lost, 0) <> coalesce(s.l, 0)";
        for (String table : List.of("activity_day", "activity_month")) {
            assertThat(differences(String.format(activities, "agg_" + table, table))).as(table).isEmpty();
        }
        for (String table : List.of("deal_day", "deal_month")) {
            assertThat(differences(String.format(deals, "agg_" + table, table))).as(table).isEmpty();
        }
    }

    private List<String> differences(String sql) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            Array teams = connection.createArrayOf("uuid", new Object[] {parent, east, west});
            select.setArray(1, teams);
            select.setArray(2, teams);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
