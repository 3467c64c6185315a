package io.salesplan.activity.reminder;

import io.agroal.api.AgroalDataSource;
import io.salesplan.activity.ActivityConfig;
import io.salesplan.activity.activity.ActivityType;
import io.salesplan.activity.task.TaskEvent;
import io.salesplan.activity.task.TaskStatus;
import io.salesplan.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
 * Publishes the due-soon and overdue reminders of open tasks, each exactly once. A reminder is
 * claimed by stamping its column in the same transaction that writes its event to the outbox:
 * the stamp and the event commit together or not at all, a claimed task is never picked again,
 * and replicas running the job at the same moment skip each other's locked rows, so a restart,
 * a second run or a second replica cannot send a reminder twice.
 */
@ApplicationScoped
public class ReminderService {

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
    private final Outbox outbox;
    private final ActivityConfig.Reminders settings;

    public ReminderService(AgroalDataSource dataSource, Outbox outbox, ActivityConfig config) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.settings = config.reminders();
    }

    /** How many reminders one run sent. */
    public record Sent(int dueSoon, int overdue) {
    }

    /** Sends every reminder due at {@code now}, a batch per transaction. */
    public Sent sendDue(OffsetDateTime now) {
        int dueSoon = 0;
        int overdue = 0;
        int claimed;
        do {
            claimed = claimDueSoon(now);
            dueSoon += claimed;
        } while (claimed == settings.batchSize());
        do {
            claimed = claimOverdue(now);
            overdue += claimed;
        } while (claimed == settings.batchSize());
        return new Sent(dueSoon, overdue);
    }

    @Transactional
    int claimDueSoon(OffsetDateTime now) {
        List<TaskEvent> tasks = claim(CLAIM_DUE_SOON, now, now, now.plus(settings.leadTime()), settings.batchSize());
        publish(TaskEvent.DUE_SOON, tasks);
        return tasks.size();
    }

    @Transactional
    int claimOverdue(OffsetDateTime now) {
        List<TaskEvent> tasks = claim(CLAIM_OVERDUE, now, now, settings.batchSize());
        publish(TaskEvent.OVERDUE, tasks);
        return tasks.size();
    }

    private void publish(String type, List<TaskEvent> tasks) {
        outbox.publishAll(tasks.stream().map(t -> new Outbox.Draft(type, t.taskId().toString(), t)).toList());
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
