package io.salesplan.review.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The {@code rm_activity} rows, read and written a batch at a time: each method is one statement
 * whatever the number of rows, the rows travelling as column arrays that {@code unnest} turns back
 * into rows. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ActivityRepository {

    private static final String COLUMNS = "activity_id, type, owner_id, occurred_at, occurred_date, opportunity_id, "
            + "deleted, version";
    private static final String ROWS = "unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::timestamptz[], ?::date[], "
            + "?::uuid[], ?::boolean[], ?::bigint[]) as r(" + COLUMNS + ")";
    private static final String LOCK = "select " + COLUMNS + " from rm_activity where activity_id = any (?::uuid[]) "
            + "order by activity_id for update";
    private static final String INSERT = "insert into rm_activity (" + COLUMNS + ") select * from " + ROWS;
    private static final String UPDATE = "update rm_activity a set type = r.type, owner_id = r.owner_id, "
            + "occurred_at = r.occurred_at, occurred_date = r.occurred_date, opportunity_id = r.opportunity_id, "
            + "deleted = r.deleted, version = r.version from " + ROWS + " where a.activity_id = r.activity_id";

    private final EntityManager em;

    public ActivityRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The stored rows of these activities, locked until the transaction ends (in id order, so two
     * consumers never wait for each other in a circle), so that what is read stays true until the
     * changes computed from it are written.
     */
    public Map<UUID, Activity> lockAll(Collection<UUID> ids) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, Activity> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(LOCK)) {
                select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Activity a = new Activity(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getObject(3, UUID.class), rows.getObject(4, OffsetDateTime.class),
                                rows.getObject(5, LocalDate.class), rows.getObject(6, UUID.class), rows.getBoolean(7),
                                rows.getLong(8));
                        found.put(a.activityId(), a);
                    }
                }
            }
            return found;
        });
    }

    /** Inserts rows of activities not stored yet; a row already there fails the statement. */
    public void insertAll(List<Activity> activities) {
        write(INSERT, activities);
    }

    /** Overwrites the stored rows of these activities. */
    public void updateAll(List<Activity> activities) {
        write(UPDATE, activities);
    }

    private void write(String sql, List<Activity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                bindRows(connection, write, activities);
                write.executeUpdate();
            }
        });
    }

    private static void bindRows(Connection connection, PreparedStatement statement, List<Activity> activities)
            throws SQLException {
        statement.setArray(1, connection.createArrayOf("uuid", column(activities, Activity::activityId)));
        statement.setArray(2, connection.createArrayOf("varchar", column(activities, Activity::type)));
        statement.setArray(3, connection.createArrayOf("uuid", column(activities, Activity::ownerId)));
        statement.setArray(4, connection.createArrayOf("text",
                column(activities, a -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.occurredAt()))));
        statement.setArray(5, connection.createArrayOf("text", column(activities, a -> a.occurredDate().toString())));
        statement.setArray(6, connection.createArrayOf("uuid", column(activities, Activity::opportunityId)));
        statement.setArray(7, connection.createArrayOf("bool", column(activities, Activity::deleted)));
        statement.setArray(8, connection.createArrayOf("int8", column(activities, Activity::version)));
    }

    private static Object[] column(List<Activity> activities, Function<Activity, Object> value) {
        return activities.stream().map(value).toArray();
    }
}
