package io.salesplan.activity.task;

import io.salesplan.activity.activity.ActivityType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Payload of {@code salesplan.task.created|completed|due-soon|overdue.v1} (docs/events/activity.md). */
public record TaskEvent(UUID taskId, String title, ActivityType type, UUID ownerId, OffsetDateTime dueAt,
        UUID opportunityId, UUID accountId, TaskStatus status, OffsetDateTime completedAt, UUID activityId,
        long version) {

    public static final String CREATED = "salesplan.task.created.v1";
    public static final String COMPLETED = "salesplan.task.completed.v1";
    public static final String DUE_SOON = "salesplan.task.due-soon.v1";
    public static final String OVERDUE = "salesplan.task.overdue.v1";

    public static TaskEvent of(Task t) {
        return new TaskEvent(t.id, t.title, t.type, t.ownerId, utc(t.dueAt), t.opportunityId, t.accountId, t.status,
                utc(t.completedAt), t.activityId, t.version);
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
