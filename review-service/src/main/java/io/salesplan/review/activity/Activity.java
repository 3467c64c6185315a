package io.salesplan.review.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity's latest state, a row of {@code rm_activity}; a deleted one stays as a tombstone. */
public record Activity(UUID activityId, String type, UUID ownerId, OffsetDateTime occurredAt, LocalDate occurredDate,
        UUID opportunityId, boolean deleted, long version) {
}
