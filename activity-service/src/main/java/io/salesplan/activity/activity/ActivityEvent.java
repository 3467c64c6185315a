package io.salesplan.activity.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of {@code salesplan.activity.logged|updated|deleted.v1} (docs/events/activity.md). */
public record ActivityEvent(UUID activityId, ActivityType type, UUID ownerId, OffsetDateTime occurredAt,
        UUID opportunityId, UUID accountId, UUID taskId, Integer durationMinutes, String outcome, String source,
        String externalId, long version) {

    public static final String LOGGED = "salesplan.activity.logged.v1";
    public static final String UPDATED = "salesplan.activity.updated.v1";
    public static final String DELETED = "salesplan.activity.deleted.v1";

    /** The event of a row just inserted: its first version. */
    public static ActivityEvent logged(ActivityRow a) {
        return new ActivityEvent(a.id(), a.type(), a.ownerId(), a.occurredAt(), a.opportunityId(), a.accountId(),
                a.taskId(), a.durationMinutes(), a.outcome(), a.source(), a.externalId(), 0);
    }

    public static ActivityEvent of(ActivityResponse a) {
        return new ActivityEvent(a.id(), a.type(), a.ownerId(), a.occurredAt(), a.opportunityId(), a.accountId(),
                a.taskId(), a.durationMinutes(), a.outcome(), a.source(), a.externalId(), a.version());
    }
}
