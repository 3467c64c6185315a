package io.salesplan.activity.activity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /**
     * All rows in one statement: the columns travel as arrays and {@code unnest} turns them back
     * into rows. Rows whose source + externalId is already stored are skipped by the unique index
     * (also when a concurrent request stores the same key first); {@code returning} names the
     * rows that were inserted.
     */
    private static final String INSERT = "insert into activity (id, type, owner_id, occurred_at, opportunity_id, "
            + "account_id, task_id, duration_minutes, outcome, notes, source, external_id, created_at, created_by, "
            + "updated_by, version) "
            + "select r.*, ?::timestamptz, ?, ?, 0 from unnest(?::uuid[], ?::text[], ?::uuid[], ?::timestamptz[], ?::uuid[], "
            + "?::uuid[], ?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "as r(id, type, owner_id, occurred_at, opportunity_id, account_id, task_id, duration_minutes, outcome, "
            + "notes, source, external_id) "
            + "on conflict (source, external_id) do nothing returning id";
    private static final String STORED_KEYS = "select a.id, a.owner_id, a.source, a.external_id from activity a "
            + "join unnest(?::text[], ?::text[]) as k(source, external_id) "
            + "on a.source = k.source and a.external_id = k.external_id";

    private final AgroalDataSource dataSource;

    public ActivityRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the rows that do not clash with a stored source + externalId, in the caller's transaction.
     *
     * @param actor who logs them ({@code createdBy} and {@code updatedBy})
     * @return the ids of the rows inserted
     */
    public List<UUID> insertNew(List<ActivityRow> rows, OffsetDateTime createdAt, String actor) {
        int n = rows.size();
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] owners = new Object[n];
        Object[] occurred = new Object[n];
        Object[] opportunities = new Object[n];
        Object[] accounts = new Object[n];
        Object[] tasks = new Object[n];
        Object[] durations = new Object[n];
        Object[] outcomes = new Object[n];
        Object[] notes = new Object[n];
        Object[] sources = new Object[n];
        Object[] externalIds = new Object[n];
        for (int i = 0; i < n; i++) {
            ActivityRow r = rows.get(i);
            ids[i] = r.id();
            types[i] = r.type().name();
            owners[i] = r.ownerId();
            occurred[i] = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.occurredAt());
            opportunities[i] = r.opportunityId();
            accounts[i] = r.accountId();
            tasks[i] = r.taskId();
            durations[i] = r.durationMinutes();
            outcomes[i] = r.outcome();
            notes[i] = r.notes();
            sources[i] = r.source();
            externalIds[i] = r.externalId();
        }
        List<UUID> inserted = new ArrayList<>(n);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdAt));
            s.setString(2, actor);
            s.setString(3, actor);
            s.setArray(4, c.createArrayOf("uuid", ids));
            s.setArray(5, c.createArrayOf("text", types));
            s.setArray(6, c.createArrayOf("uuid", owners));
            s.setArray(7, c.createArrayOf("text", occurred));
            s.setArray(8, c.createArrayOf("uuid", opportunities));
            s.setArray(9, c.createArrayOf("uuid", accounts));
            s.setArray(10, c.createArrayOf("uuid", tasks));
            s.setArray(11, c.createArrayOf("int4", durations));
            s.setArray(12, c.createArrayOf("text", outcomes));
            s.setArray(13, c.createArrayOf("text", notes));
            s.setArray(14, c.createArrayOf("text", sources));
            s.setArray(15, c.createArrayOf("text", externalIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not insert activities", e);
        }
        return inserted;
    }

    /** An activity already stored under a source + externalId: its id and owner. */
    public record Existing(UUID id, UUID ownerId) {
    }

    /** The activities already stored under these source + externalId keys, in one query. */
    public Map<IdempotencyKey, Existing> existing(Collection<IdempotencyKey> keys) {
        Map<IdempotencyKey, Existing> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Object[] sources = keys.stream().map(IdempotencyKey::source).toArray();
        Object[] externalIds = keys.stream().map(IdempotencyKey::externalId).toArray();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(STORED_KEYS)) {
            s.setArray(1, c.createArrayOf("text", sources));
            s.setArray(2, c.createArrayOf("text", externalIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(new IdempotencyKey(rs.getString(3), rs.getString(4)),
                            new Existing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up stored activities", e);
        }
        return found;
    }

    /**
     * One page, newest first, after the position of the cursor (if any).
     *
     * @param owners only these owners' activities; null for every owner
     */
    public List<Activity> page(ActivityFilter filter, Set<UUID> owners, Keyset.Position<OffsetDateTime> after,
            int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (owners != null) {
            where.append(" and ownerId in :owners");
            params.and("owners", owners);
        }
        if (filter.ownerId() != null) {
            where.append(" and ownerId = :ownerId");
            params.and("ownerId", filter.ownerId());
        }
        if (filter.opportunityId() != null) {
            where.append(" and opportunityId = :opportunityId");
            params.and("opportunityId", filter.opportunityId());
        }
        if (filter.accountId() != null) {
            where.append(" and accountId = :accountId");
            params.and("accountId", filter.accountId());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.toExclusive() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", filter.toExclusive());
        }
        if (after != null) {
            where.append(" and ").append(after.condition("occurredAt", "id", Keyset.Direction.DESCENDING));
            after.parameters().forEach(params::and);
        }
        return find(where.toString(), Sort.descending("occurredAt", "id"), params).range(0, limit - 1).list();
    }

    /** A rep's activities in [from, to), oldest first, at most {@code limit}. */
    public List<Activity> ofOwnerBetween(UUID ownerId, OffsetDateTime from, OffsetDateTime to, int limit) {
        return find("ownerId = :ownerId and occurredAt >= :from and occurredAt < :to",
                Sort.ascending("occurredAt", "id"),
                Parameters.with("ownerId", ownerId).and("from", from).and("to", to)).range(0, limit - 1).list();
    }

    /** How many activities of each type a rep logged in [from, to). */
    public Map<ActivityType, Long> countByType(UUID ownerId, OffsetDateTime from, OffsetDateTime to) {
        Map<ActivityType, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select a.type, count(a) from Activity a where a.ownerId = :ownerId "
                + "and a.occurredAt >= :from and a.occurredAt < :to group by a.type", Object[].class)
                .setParameter("ownerId", ownerId).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(row -> counts.put((ActivityType) row[0], (Long) row[1]));
        return counts;
    }
}
