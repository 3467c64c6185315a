package io.salesplan.review.conversion;

import io.salesplan.review.aggregate.AdditiveUpsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The SQL of {@link ConversionAggregates}: the deals' raw history it computes contributions from, the
 * batched upserts that add them to {@code agg_conversion*}, the move of a rep's rows between teams, and
 * the lock that orders recomputing a pipeline's rows against the deltas.
 */
@ApplicationScoped
public class ConversionAggregateRepository {

    /** The key of the conversion lock (the rep locks of DailyAggregateRepository use another first key). */
    private static final int CONVERSION_LOCK = 0x434f4e56;

    private static final String COLUMNS = "deals, won, lost, reached, stays, stay_seconds";

    private static final String HISTORY = "select o.opportunity_id, o.owner_id, o.pipeline_id, o.created_date, "
            + "o.initial_stage, o.created_at, o.stage, m.from_stage, m.to_stage, m.to_kind, m.moved_at "
            + "from rm_opportunity o left join rm_stage_move m on m.opportunity_id = o.opportunity_id ";

    private final EntityManager em;

    public ConversionAggregateRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Holds the conversion lock until commit: shared while a deal's delta is computed and written, exclusive
     * while a pipeline's rows are recomputed, so that no delta is computed from a state the recompute missed.
     */
    public void lock(boolean exclusive) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(exclusive
                    ? "select pg_advisory_xact_lock(?, 0)" : "select pg_advisory_xact_lock_shared(?, 0)")) {
                lock.setInt(1, CONVERSION_LOCK);
                lock.execute();
            }
        });
    }

    /** One deal's state and moves in version order; null when it is not known. */
    public DealHistory history(UUID opportunityId) {
        List<DealHistory> found = histories("where o.opportunity_id = ?", opportunityId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every deal of a pipeline ({@link ConversionAggregates#NO_PIPELINE}: the deals without one), or all. */
    public List<DealHistory> histories(UUID pipelineKey) {
        return pipelineKey == null ? histories("") : histories("where coalesce(o.pipeline_id, ?) = ?",
                ConversionAggregates.NO_PIPELINE, pipelineKey);
    }

    private List<DealHistory> histories(String where, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<DealHistory> deals = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(HISTORY + where
                    + " order by o.opportunity_id, m.version")) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    UUID current = null;
                    List<DealHistory.StoredMove> moves = null;
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        if (!id.equals(current)) {
                            current = id;
                            moves = new ArrayList<>();
                            deals.add(new DealHistory(rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                                    rows.getObject(4, java.time.LocalDate.class), rows.getString(5),
                                    rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7), moves));
                        }
                        if (rows.getString(9) != null) {
                            moves.add(new DealHistory.StoredMove(rows.getString(8), rows.getString(9),
                                    rows.getString(10), rows.getObject(11, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
            }
            return deals;
        });
    }

    /**
     * Adds the rows to {@code table} (rows as of now) and {@code table_change} (dated changes), in key order,
     * one batch per table.
     */
    public void add(String table, TreeMap<ConversionRow, long[]> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement now = connection.prepareStatement(upsert(table,
                    "owner_id, pipeline_id, created_day, position", "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                    PreparedStatement changes = connection.prepareStatement(upsert(table + "_change",
                            "owner_id, pipeline_id, changed_on, created_day, position",
                            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                boolean anyNow = false;
                boolean anyChange = false;
                for (Map.Entry<ConversionRow, long[]> e : rows.entrySet()) {
                    ConversionRow key = e.getKey();
                    PreparedStatement upsert = key.changedOn() == null ? now : changes;
                    int i = 1;
                    upsert.setObject(i++, key.owner());
                    upsert.setObject(i++, key.pipeline());
                    if (key.changedOn() != null) {
                        upsert.setDate(i++, Date.valueOf(key.changedOn()));
                        anyChange = true;
                    } else {
                        anyNow = true;
                    }
                    upsert.setDate(i++, Date.valueOf(key.createdDay()));
                    upsert.setInt(i++, key.position());
                    for (long value : e.getValue()) {
                        upsert.setLong(i++, value);
                    }
                    upsert.addBatch();
                }
                if (anyNow) {
                    now.executeBatch();
                }
                if (anyChange) {
                    changes.executeBatch();
                }
            }
        });
    }

    private static String upsert(String table, String key, String source) {
        return AdditiveUpsert.sql(table, key, COLUMNS, source);
    }

    /** Deletes the rows of a pipeline ({@code null}: all rows) from the four tables. */
    public void delete(UUID pipelineKey) {
        em.unwrap(Session.class).doWork(connection -> {
            for (String table : new String[] {"agg_conversion", "agg_conversion_change", "agg_team_conversion",
                    "agg_team_conversion_change"}) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                        + (pipelineKey == null ? "" : " where pipeline_id = ?"))) {
                    if (pipelineKey != null) {
                        delete.setObject(1, pipelineKey);
                    }
                    delete.executeUpdate();
                }
            }
        });
    }

    /**
     * Moves a rep's rows from one team's rows to another's (either may be null: no team); the caller holds
     * the rep's exclusive lock. Team by team in id order, the order the deltas are written in.
     */
    public void moveRep(UUID repId, UUID fromTeam, UUID toTeam) {
        Map<UUID, Integer> signs = new TreeMap<>();
        if (fromTeam != null) {
            signs.put(fromTeam, -1);
        }
        if (toTeam != null) {
            signs.put(toTeam, 1);
        }
        String negated = "? * deals, ? * won, ? * lost, ? * reached, ? * stays, ? * stay_seconds";
        em.unwrap(Session.class).doWork(connection -> {
            for (Map.Entry<UUID, Integer> team : signs.entrySet()) {
                move(connection, upsert("agg_team_conversion", "owner_id, pipeline_id, created_day, position",
                        "select ?, pipeline_id, created_day, position, " + negated + " from agg_conversion "
                                + "where owner_id = ? order by pipeline_id, created_day, position"),
                        team.getKey(), team.getValue(), repId);
                move(connection, upsert("agg_team_conversion_change",
                        "owner_id, pipeline_id, changed_on, created_day, position",
                        "select ?, pipeline_id, changed_on, created_day, position, " + negated
                                + " from agg_conversion_change where owner_id = ? "
                                + "order by pipeline_id, changed_on, created_day, position"),
                        team.getKey(), team.getValue(), repId);
            }
        });
    }

    private static void move(Connection connection, String sql, UUID team, int sign, UUID repId)
            throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(sql)) {
            move.setObject(1, team);
            for (int i = 0; i < ConversionRow.VALUES; i++) {
                move.setInt(2 + i, sign);
            }
            move.setObject(2 + ConversionRow.VALUES, repId);
            move.executeUpdate();
        }
    }

    /** Whether the rows were filled from the read model that existed before them, locked until commit. */
    public boolean backfilled() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select done from agg_conversion_backfill for update");
                    ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }

    public void markBackfilled() {
        em.createNativeQuery("update agg_conversion_backfill set done = true").executeUpdate();
    }
}
