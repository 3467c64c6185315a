package io.salesplan.activity.activity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity", description = "A logged activity. Instants are returned in UTC.")
public record ActivityResponse(
        @Schema(example = "8f14e45f-ceea-4e6b-9a1f-3c8d2b7a6e51") UUID id,
        @Schema(example = "VISIT") ActivityType type,
        @Schema(description = "The rep who did it.", example = "6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11") UUID ownerId,
        @Schema(example = "2026-03-02T01:30:00Z") OffsetDateTime occurredAt,
        @Schema(description = "The opportunity it works on; null when none.", nullable = true) UUID opportunityId,
        @Schema(description = "The account (customer); null when none.", nullable = true) UUID accountId,
        @Schema(description = "The task whose completion logged this activity; null when it was logged directly.",
                nullable = true) UUID taskId,
        @Schema(description = "Duration in minutes; null when not given.", nullable = true, example = "45") Integer durationMinutes,
        @Schema(description = "Short result; null when not given.", nullable = true) String outcome,
        @Schema(description = "Free-text notes; null when not given.", nullable = true) String notes,
        @Schema(description = "The system it came from; null when logged by hand.", nullable = true, example = "salesforce") String source,
        @Schema(description = "Its id in the source system; null when logged by hand.", nullable = true, example = "00T5g00000AbCdE")
        String externalId,
        @Schema(example = "2026-03-02T01:31:07.123456Z") OffsetDateTime createdAt,
        @Schema(description = "Who logged it: the subject of their token ('unknown' for activities "
                + "logged before sign-in existed). Completing a task logs its activity in the name of who completed it.",
                example = "li.wei@example.com") String createdBy,
        @Schema(description = "Who changed it last: the subject of their token (the creator until "
                + "it is changed).", example = "li.wei@example.com") String updatedBy,
        @Schema(description = "Grows by one with every change; also sent as the ETag.", example = "0") long version) {

    /** The row just inserted, as it is stored: created now by {@code actor}, in its first version. */
    static ActivityResponse logged(ActivityRow r, OffsetDateTime createdAt, String actor) {
        return new ActivityResponse(r.id(), r.type(), r.ownerId(), r.occurredAt(), r.opportunityId(), r.accountId(),
                r.taskId(), r.durationMinutes(), r.outcome(), r.notes(), r.source(), r.externalId(), createdAt, actor,
                actor, 0);
    }

    public static ActivityResponse from(Activity a) {
        return new ActivityResponse(a.id, a.type, a.ownerId, utc(a.occurredAt), a.opportunityId, a.accountId, a.taskId,
                a.durationMinutes, a.outcome, a.notes, a.source, a.externalId, utc(a.createdAt), a.createdBy,
                a.updatedBy, a.version);
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
