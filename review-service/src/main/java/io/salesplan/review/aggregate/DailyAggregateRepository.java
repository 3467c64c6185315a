package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The SQL of {@link DailyAggregates}: batched upserts that add deltas to the aggregate rows, the move of a
 * rep's history between team rows (the same upserts fed by a select), and the rep-level advisory locks.
 */
@ApplicationScoped
public class DailyAggregateRepository {

    /** The first key of the rep-level advisory locks (the second is the rep id's hash). */
    private static final int REP_LOCK = 0x52455053;

    private final EntityManager em;

    public DailyAggregateRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds the rows of {@code source} to {@code agg_activity_day}, {@code agg_activity_month} (whose rows are
     * dated the 1st) or a team twin; {@code source} yields (owner_id, day, activity_type, activities).
     */
    private static String activityUpsert(String table, String source) {
        return AdditiveUpsert.sql(table, "owner_id, day, activity_type", "activities", source);
    }

    /** The same for the deal aggregates; {@code source} yields their seven columns. */
    private static String dealUpsert(String table, String source) {
        return AdditiveUpsert.sql(table, "owner_id, day", "created, won, won_amount, won_cycle_days, lost", source);
    }

    /**
     * The current team of each rep among the owners (the company's id is none), read under the
     * reps' advisory locks held shared until commit, taken in id order.
     */
    public Map<UUID, UUID> lockedTeamsOf(SortedSet<UUID> owners) {
        return em.unwrap(Session.class).doReturningWork(connection -> teamsOf(connection, owners));
    }

    /** Adds the activity deltas to the table's rows, in the map's order, in one batch. */
    public void addActivities(String table, Map<PendingAggregates.ActivityKey, Long> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    activityUpsert(table, "values (?, ?, ?, ?)"))) {
                for (Map.Entry<PendingAggregates.ActivityKey, Long> e : rows.entrySet()) {
                    upsert.setObject(1, e.getKey().owner());
                    upsert.setDate(2, Date.valueOf(e.getKey().day()));
                    upsert.setString(3, e.getKey().type());
                    upsert.setLong(4, e.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    /**
     * Adds the touch deltas to {@code agg_touch_day}, in the map's order, in one batch, and deletes in a second
     * batch the rows a negative delta may have brought to 0 (none when every delta is positive).
     */
    public void addTouches(Map<PendingAggregates.TouchKey, Long> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(AdditiveUpsert.sql("agg_touch_day",
                    "owner_id, day, activity_type, opportunity_id", "activities", "values (?, ?, ?, ?, ?)"))) {
                for (Map.Entry<PendingAggregates.TouchKey, Long> e : rows.entrySet()) {
                    touchKey(upsert, e.getKey());
                    upsert.setLong(5, e.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            if (rows.values().stream().allMatch(delta -> delta > 0)) {
                return;
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from agg_touch_day where "
                    + "owner_id = ? and day = ? and activity_type = ? and opportunity_id = ? and activities = 0")) {
                for (Map.Entry<PendingAggregates.TouchKey, Long> e : rows.entrySet()) {
                    if (e.getValue() < 0) {
                        touchKey(delete, e.getKey());
                        delete.addBatch();
                    }
                }
                delete.executeBatch();
            }
        });
    }

    private static void touchKey(PreparedStatement statement, PendingAggregates.TouchKey key) throws SQLException {
        statement.setObject(1, key.owner());
        statement.setDate(2, Date.valueOf(key.day()));
        statement.setString(3, key.type());
        statement.setObject(4, key.opportunity());
    }

    /** Adds the deal deltas to the table's rows, in the map's order, in one batch. */
    public void addDeals(String table, Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    dealUpsert(table, "values (?, ?, ?, ?, ?, ?, ?)"))) {
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
        });
    }

    /**
     * Moves a rep's whole history from one team's rows to another's (either may be null: no team),
     * under the rep's exclusive advisory lock.
     */
    public void moveRep(UUID repId, UUID fromTeam, UUID toTeam) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(?, hashtext(cast(? as text)))")) {
                lock.setInt(1, REP_LOCK);
                lock.setObject(2, repId);
                lock.execute();
            }
            // table by table and team by team in id order, the order DailyAggregates.flush() writes rows in
            Map<UUID, Integer> signs = new TreeMap<>();
            if (fromTeam != null) {
                signs.put(fromTeam, -1);
            }
            if (toTeam != null) {
                signs.put(toTeam, 1);
            }
            for (String table : new String[] {"activity_day", "activity_month"}) {
                for (Map.Entry<UUID, Integer> team : signs.entrySet()) {
                    moveRows(connection, activityUpsert("agg_team_" + table, "select ?, r.day, r.activity_type, "
                            + "? * r.activities from agg_" + table + " r where r.owner_id = ? "
                            + "order by r.day, r.activity_type"), team.getKey(), team.getValue(), repId);
                }
            }
            for (String table : new String[] {"deal_day", "deal_month"}) {
                for (Map.Entry<UUID, Integer> team : signs.entrySet()) {
                    int sign = team.getValue();
                    moveRows(connection, dealUpsert("agg_team_" + table, "select ?, r.day, ? * r.created, "
                            + "? * r.won, ? * r.won_amount, ? * r.won_cycle_days, ? * r.lost from agg_" + table
                            + " r where r.owner_id = ? order by r.day"),
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
}
