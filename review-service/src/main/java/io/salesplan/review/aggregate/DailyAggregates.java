package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps the daily and monthly aggregates, once for the owner, once for the owner's team (the
 * {@code agg_team_*} tables) and once for the company total.
 * Deltas are summed per row in the current transaction ({@link PendingAggregates}) and written by
 * {@link #flush()} with one batched upsert per table, in a fixed row order, so that a batch of a
 * thousand activities of a few reps costs a handful of row updates and two replicas never lock
 * the same rows in opposite orders. Reports read these rows and never the raw history.
 *
 * <p>A team's rows hold the sum of the rows of the reps whose team it is now, the rule every team
 * report follows (a rep's whole history counts for the team the rep is in): a rep's deltas go to
 * the rep's current team, and {@link #moveRep} moves a rep's history when the rep changes team.
 * A rep-level advisory lock orders the two: {@link #flush()} holds it shared from reading the reps'
 * teams until commit, {@link #moveRep} exclusively, so a delta is never added to a team after its
 * rep's history was moved away from it.
 */
@ApplicationScoped
public class DailyAggregates {

    /** An upsert into {@code agg_activity_day} or {@code agg_activity_month} (whose rows are dated the 1st). */
    private static String activityUpsert(String table) {
        return "insert into " + table + " (owner_id, day, activity_type, activities) values (?, ?, ?, ?) "
                + "on conflict (owner_id, day, activity_type) do update set activities = " + table + ".activities "
                + "+ excluded.activities";
    }

    private static String dealUpsert(String table) {
        return "insert into " + table + " (owner_id, day, created, won, won_amount, won_cycle_days, lost) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (owner_id, day) do update set "
                + "created = " + table + ".created + excluded.created, won = " + table + ".won + excluded.won, "
                + "won_amount = " + table + ".won_amount + excluded.won_amount, "
                + "won_cycle_days = " + table + ".won_cycle_days + excluded.won_cycle_days, "
                + "lost = " + table + ".lost + excluded.lost";
    }

    /** The first key of the rep-level advisory locks (the second is the rep id's hash). */
    private static final int REP_LOCK = 0x52455053;

    private final EntityManager em;
    private final PendingAggregates pending;

    public DailyAggregates(EntityManager em, PendingAggregates pending) {
        this.em = em;
        this.pending = pending;
    }

    /** Adds {@code sign} (+1 or -1) activities of a type on a day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addActivity(UUID ownerId, LocalDate day, String type, int sign) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            pending.addActivity(new PendingAggregates.ActivityKey(owner, day, type), sign);
        }
    }

    /** Adds ({@code sign} = +1) or removes ({@code sign} = -1) an opportunity's contribution. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDeal(DealContribution deal, int sign) {
        deal(deal.ownerId(), deal.createdDay(), new PendingAggregates.DealDelta(sign, 0, BigDecimal.ZERO, 0, 0));
        switch (deal.outcome()) {
            case WON -> deal(deal.ownerId(), deal.closedDay(), new PendingAggregates.DealDelta(0, sign,
                    deal.amount().multiply(BigDecimal.valueOf(sign)), (long) sign * deal.cycleDays(), 0));
            case LOST -> deal(deal.ownerId(), deal.closedDay(),
                    new PendingAggregates.DealDelta(0, 0, BigDecimal.ZERO, 0, sign));
            case OPEN -> {
                // contributes its creation only
            }
        }
    }

    private void deal(UUID ownerId, LocalDate day, PendingAggregates.DealDelta delta) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            pending.addDeal(new PendingAggregates.DayKey(owner, day), delta);
        }
    }

    /** Writes the deltas summed in this transaction; the inbox calls it before committing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        Map<PendingAggregates.ActivityKey, Long> activities = pending.drainActivities();
        Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> deals = pending.drainDeals();
        if (activities.isEmpty() && deals.isEmpty()) {
            return;
        }
        // the reps' teams are read from the database: entities changed in this transaction go there first
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            Map<UUID, UUID> teams = teamsOf(connection, PendingAggregates.owners(activities, deals));
            Map<PendingAggregates.ActivityKey, Long> teamActivities = PendingAggregates.activitiesOf(activities, teams);
            Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> teamDeals = PendingAggregates.dealsOf(deals,
                    teams);
            writeActivities(connection, "agg_activity_day", activities);
            writeActivities(connection, "agg_activity_month", PendingAggregates.monthlyActivities(activities));
            writeActivities(connection, "agg_team_activity_day", teamActivities);
            writeActivities(connection, "agg_team_activity_month", PendingAggregates.monthlyActivities(teamActivities));
            writeDeals(connection, "agg_deal_day", deals);
            writeDeals(connection, "agg_deal_month", PendingAggregates.monthlyDeals(deals));
            writeDeals(connection, "agg_team_deal_day", teamDeals);
            writeDeals(connection, "agg_team_deal_month", PendingAggregates.monthlyDeals(teamDeals));
        });
    }

    /**
     * Moves a rep's whole history from one team's rows to another's (either may be null: no team),
     * at once, in the transaction that records the rep's new team.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveRep(UUID repId, UUID fromTeam, UUID toTeam) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(?, hashtext(cast(? as text)))")) {
                lock.setInt(1, REP_LOCK);
                lock.setObject(2, repId);
                lock.execute();
            }
            // table by table and team by team in id order, the order flush() writes rows in
            Map<UUID, Integer> signs = new TreeMap<>();
            if (fromTeam != null) {
                signs.put(fromTeam, -1);
            }
            if (toTeam != null) {
                signs.put(toTeam, 1);
            }
            for (String table : new String[] {"activity_day", "activity_month"}) {
                for (Map.Entry<UUID, Integer> team : signs.entrySet()) {
                    moveRows(connection, "insert into agg_team_" + table + " (owner_id, day, activity_type, "
                            + "activities) select ?, r.day, r.activity_type, ? * r.activities from agg_" + table
                            + " r where r.owner_id = ? order by r.day, r.activity_type "
                            + "on conflict (owner_id, day, activity_type) do update set activities = agg_team_"
                            + table + ".activities + excluded.activities", team.getKey(), team.getValue(), repId);
                }
            }
            for (String table : new String[] {"deal_day", "deal_month"}) {
                String t = "agg_team_" + table;
                for (Map.Entry<UUID, Integer> team : signs.entrySet()) {
                    int sign = team.getValue();
                    moveRows(connection, "insert into " + t + " (owner_id, day, created, won, won_amount, "
                            + "won_cycle_days, lost) select ?, r.day, ? * r.created, ? * r.won, ? * r.won_amount, "
                            + "? * r.won_cycle_days, ? * r.lost from agg_" + table + " r where r.owner_id = ? "
                            + "order by r.day on conflict (owner_id, day) do update set created = " + t
                            + ".created + excluded.created, won = " + t + ".won + excluded.won, won_amount = " + t
                            + ".won_amount + excluded.won_amount, won_cycle_days = " + t + ".won_cycle_days "
                            + "+ excluded.won_cycle_days, lost = " + t + ".lost + excluded.lost",
                            team.getKey(), sign, sign, sign, sign, sign, repId);
                }
            }
        });
    }

    private static void moveRows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                move.setObject(i + 1, parameters[i]);
            }
            move.executeUpdate();
        }
    }

    /**
     * The current team of each rep among the owners (the company's id is none), read under the
     * reps' advisory locks held shared until commit, taken in id order.
     */
    private static Map<UUID, UUID> teamsOf(Connection connection, SortedSet<UUID> owners) throws SQLException {
        Map<UUID, UUID> teams = new HashMap<>();
        owners.remove(OwnerScope.COMPANY_ID);
        if (owners.isEmpty()) {
            return teams;
        }
        Array ids = connection.createArrayOf("uuid", owners.toArray());
        try (PreparedStatement lock = connection.prepareStatement("select count(pg_advisory_xact_lock_shared(?, "
                + "hashtext(cast(u.id as text)))) from unnest(?) as u(id)")) {
            lock.setInt(1, REP_LOCK);
            lock.setArray(2, ids);
            lock.execute();
        }
        try (PreparedStatement read = connection.prepareStatement(
                "select rep_id, team_id from rm_rep where rep_id = any(?) and team_id is not null")) {
            read.setArray(1, ids);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    teams.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                }
            }
        }
        return teams;
    }

    private static void writeActivities(Connection connection, String table,
            Map<PendingAggregates.ActivityKey, Long> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(activityUpsert(table))) {
            for (Map.Entry<PendingAggregates.ActivityKey, Long> e : rows.entrySet()) {
                upsert.setObject(1, e.getKey().owner());
                upsert.setDate(2, Date.valueOf(e.getKey().day()));
                upsert.setString(3, e.getKey().type());
                upsert.setLong(4, e.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeDeals(Connection connection, String table,
            Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(dealUpsert(table))) {
            for (Map.Entry<PendingAggregates.DayKey, PendingAggregates.DealDelta> e : rows.entrySet()) {
                PendingAggregates.DealDelta d = e.getValue();
                upsert.setObject(1, e.getKey().owner());
                upsert.setDate(2, Date.valueOf(e.getKey().day()));
                upsert.setLong(3, d.created());
                upsert.setLong(4, d.won());
                upsert.setBigDecimal(5, d.wonAmount());
                upsert.setLong(6, d.wonCycleDays());
                upsert.setLong(7, d.lost());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
