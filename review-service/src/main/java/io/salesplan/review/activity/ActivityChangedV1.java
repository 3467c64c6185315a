package io.salesplan.review.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of {@code salesplan.activity.logged|updated|deleted.v1} (only the fields reports use). */
public record ActivityChangedV1(UUID activityId, String type, UUID ownerId, OffsetDateTime occurredAt,
        UUID opportunityId, Long version) {
}
