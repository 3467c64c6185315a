package io.salesplan.activity.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The task list's filters; {@code dueBefore} is exclusive. */
public record TaskFilter(UUID ownerId, TaskStatusFilter status, OffsetDateTime dueBefore) {

    public String queryKey() {
        return "tasks|owner=" + ownerId + "|status=" + status + "|dueBefore=" + dueBefore;
    }
}
