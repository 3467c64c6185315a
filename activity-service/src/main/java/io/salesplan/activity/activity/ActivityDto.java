package io.salesplan.activity.activity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity", description = "A logged activity. Instants are returned in UTC.")
public record ActivityDto(
        @Schema(example = "8f14e45f-ceea-4e6b-9a1f-3c8d2b7a6e51") UUID id,
        @Schema(example = "VISIT") ActivityType type,
        UUID ownerId,
        @Schema(example = "2026-03-02T01:30:00Z") OffsetDateTime occurredAt,
        UUID opportunityId,
        UUID accountId,
        @Schema(description = "The task whose completion logged this activity, if any.") UUID taskId,
        @Schema(example = "45") Integer durationMinutes,
        String outcome,
        String notes,
        @Schema(example = "salesforce") String source,
        @Schema(example = "00T5g00000AbCdE") String externalId,
        @Schema(example = "2026-03-02T01:31:07.123456Z") OffsetDateTime createdAt,
        @Schema(required = true, description = "Who logged it: the subject of their token ('unknown' for activities "
                + "logged before sign-in existed). Completing a task logs its activity in the name of who completed it.",
                example = "li.wei@example.com") String createdBy,
        @Schema(required = true, description = "Who changed it last: the subject of their token (the creator until "
                + "it is changed).", example = "li.wei@example.com") String updatedBy,
        @Schema(description = "Grows by one with every change; also sent as the ETag.", example = "0") long version) {

    public static ActivityDto from(Activity a) {
        return new ActivityDto(a.id, a.type, a.ownerId, utc(a.occurredAt), a.opportunityId, a.accountId, a.taskId,
                a.durationMinutes, a.outcome, a.notes, a.source, a.externalId, utc(a.createdAt), a.createdBy,
                a.updatedBy, a.version);
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
