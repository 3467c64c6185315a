package io.salesplan.activity.task;

import io.salesplan.activity.activity.ActivityType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "A rep's task. Instants are returned in UTC.")
public record TaskResponse(
        UUID id,
        @Schema(example = "Call back about the quote") String title,
        @Schema(example = "CALL") ActivityType type,
        UUID ownerId,
        @Schema(example = "2026-03-03T02:00:00Z") OffsetDateTime dueAt,
        @Schema(description = "The opportunity it is about; null when none.", nullable = true) UUID opportunityId,
        @Schema(description = "The account it is about; null when none.", nullable = true) UUID accountId,
        @Schema(description = "Free text; null when none.", nullable = true) String notes,
        @Schema(example = "OPEN") TaskStatus status,
        @Schema(description = "True while the task is OPEN and its due time has passed.") boolean overdue,
        @Schema(description = "When it was completed; null while OPEN.", nullable = true) OffsetDateTime completedAt,
        @Schema(description = "The activity logged when the task was completed; null while OPEN.", nullable = true)
        UUID activityId,
        OffsetDateTime createdAt,
        @Schema(description = "Who created it: the subject of their token ('unknown' for tasks "
                + "created before sign-in existed).", example = "li.wei@example.com") String createdBy,
        @Schema(description = "Who changed it last (created or completed it): the subject of their "
                + "token.", example = "li.wei@example.com") String updatedBy,
        @Schema(description = "Grows by one with every change; also sent as the ETag.") long version) {

    public static TaskResponse from(Task t, OffsetDateTime now) {
        return new TaskResponse(t.id, t.title, t.type, t.ownerId, utc(t.dueAt), t.opportunityId, t.accountId, t.notes,
                t.status, t.status == TaskStatus.OPEN && !t.dueAt.isAfter(now), utc(t.completedAt), t.activityId,
                utc(t.createdAt), t.createdBy, t.updatedBy, t.version);
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
