package io.salesplan.activity.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A new activity as {@link ActivityRepository#insertNew} writes it; when it was created, by whom,
 * and its first version come with the insert.
 */
public record ActivityRow(UUID id, ActivityType type, UUID ownerId, OffsetDateTime occurredAt, UUID opportunityId,
        UUID accountId, UUID taskId, Integer durationMinutes, String outcome, String notes, String source,
        String externalId) {
}
