package io.salesplan.review.activity;

import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.review.aggregate.DailyAggregates;
import io.salesplan.review.scope.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps each activity's latest state and its count in the daily activity aggregates: an update
 * moves the count (owner, day or type changed), a deletion removes it.
 */
@ApplicationScoped
public class ActivityProjection {

    private final ActivityRepository activities;
    private final DailyAggregates aggregates;
    private final BusinessCalendar calendar;

    public ActivityProjection(ActivityRepository activities, DailyAggregates aggregates, BusinessCalendar calendar) {
        this.activities = activities;
        this.aggregates = aggregates;
        this.calendar = calendar;
    }

    @Transactional
    public void apply(ActivityChangedV1 event, boolean deleted) {
        if (event.activityId() == null || event.type() == null || event.ownerId() == null
                || event.occurredAt() == null || event.version() == null) {
            throw new MalformedEventException("activity event without activityId, type, ownerId, occurredAt or version");
        }
        Activity activity = activities.findById(event.activityId());
        Counted before = null;
        if (activity == null) {
            activity = new Activity();
            activity.activityId = event.activityId();
        } else if (activity.version >= event.version()) {
            return;
        } else {
            before = counted(activity);
        }
        activity.type = event.type();
        activity.ownerId = event.ownerId();
        activity.occurredAt = event.occurredAt();
        activity.occurredDate = calendar.dateOf(event.occurredAt());
        activity.opportunityId = event.opportunityId();
        activity.deleted = deleted;
        activity.version = event.version();
        if (!activities.isPersistent(activity)) {
            activities.persist(activity);
        }
        Counted after = counted(activity);
        if (!Objects.equals(before, after)) {
            if (before != null) {
                aggregates.addActivity(before.owner, before.day, before.type, -1);
            }
            if (after != null) {
                aggregates.addActivity(after.owner, after.day, after.type, 1);
            }
        }
    }

    private static Counted counted(Activity a) {
        return a.deleted ? null : new Counted(a.ownerId, a.occurredDate, a.type);
    }

    private record Counted(UUID owner, LocalDate day, String type) {
    }
}
