package io.salesplan.activity.reminder;

import io.agroal.api.AgroalDataSource;
import io.salesplan.activity.activity.ActivityType;
import io.salesplan.activity.task.TaskEvent;
import io.salesplan.activity.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims task reminders: stamps the reminder's column of open tasks and returns them, in the
 * caller's transaction. Rows another replica has locked are skipped, and a stamped task is never
 * picked again.
 */
@ApplicationScoped
public class ReminderRepository {

    private static final String RETURNING = " returning id, title, type, owner_id, due_at, opportunity_id, account_id, "
            + "status, completed_at, activity_id, version";
    /** Due within the lead time but not yet due; a task already past due gets only its overdue reminder. */
    private static final String CLAIM_DUE_SOON = "update task set due_soon_sent_at = ?, version = version + 1 "
            + "where id in (select id from task where status = 'OPEN' and due_soon_sent_at is null "
            + "and due_at > ? and due_at <= ? order by due_at limit ? for update skip locked)" + RETURNING;
    private static final String CLAIM_OVERDUE = "update task set overdue_sent_at = ?, version = version + 1 "
            + "where id in (select id from task where status = 'OPEN' and overdue_sent_at is null "
            + "and due_at <= ? order by due_at limit ? for update skip locked)" + RETURNING;

    private final AgroalDataSource dataSource;

    public ReminderRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} open tasks due in (now, until] without a due-soon reminder, stamped at {@code now}. */
    public List<TaskEvent> claimDueSoon(OffsetDateTime now, OffsetDateTime until, int limit) {
        return claim(CLAIM_DUE_SOON, now, now, until, limit);
    }

    /** Up to {@code limit} open tasks due by {@code now} without an overdue reminder, stamped at {@code now}. */
    public List<TaskEvent> claimOverdue(OffsetDateTime now, int limit) {
        return claim(CLAIM_OVERDUE, now, now, limit);
    }

    private List<TaskEvent> claim(String sql, Object... params) {
        List<TaskEvent> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new TaskEvent(rs.getObject("id", UUID.class), rs.getString("title"),
                            ActivityType.valueOf(rs.getString("type")), rs.getObject("owner_id", UUID.class),
                            utc(rs.getObject("due_at", OffsetDateTime.class)),
                            rs.getObject("opportunity_id", UUID.class), rs.getObject("account_id", UUID.class),
                            TaskStatus.valueOf(rs.getString("status")),
                            utc(rs.getObject("completed_at", OffsetDateTime.class)),
                            rs.getObject("activity_id", UUID.class), rs.getLong("version")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim task reminders", e);
        }
        return claimed;
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
