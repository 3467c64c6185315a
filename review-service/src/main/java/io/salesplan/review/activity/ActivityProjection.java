package io.salesplan.review.activity;

import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.review.aggregate.DailyAggregates;
import io.salesplan.review.scope.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps each activity's latest state, its count in the daily activity aggregates and, when it is
 * logged against an opportunity, its count in the touch rows (effectiveness): an update moves the
 * counts (owner, day, type or opportunity changed), a deletion removes them.
 *
 * <p>A batch of changes costs three statements however large it is: one read of the stored rows,
 * one insert of the new ones and one update of the changed ones. In between, the changes are
 * folded in memory in their order, so several changes of one activity in a batch end as if
 * applied one by one: a change whose version is not newer than the one known is stale.
 */
@ApplicationScoped
public class ActivityProjection {

    /** One change as an event announced it: the activity's whole new state, or its deletion. */
    public record Change(ActivityChangedV1 event, boolean deleted) {
    }

    private final ActivityRepository activities;
    private final DailyAggregates aggregates;
    private final BusinessCalendar calendar;

    public ActivityProjection(ActivityRepository activities, DailyAggregates aggregates, BusinessCalendar calendar) {
        this.activities = activities;
        this.aggregates = aggregates;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach(change -> check(change.event()));
        Map<UUID, Activity> stored = activities.lockAll(changes.stream().map(c -> c.event().activityId())
                .distinct().toList());
        Map<UUID, Activity> latest = new HashMap<>();
        for (Change change : changes) {
            UUID id = change.event().activityId();
            Activity known = latest.getOrDefault(id, stored.get(id));
            if (known == null || known.version() < change.event().version()) {
                latest.put(id, state(change));
            }
        }
        List<Activity> inserted = new ArrayList<>();
        List<Activity> updated = new ArrayList<>();
        for (Activity after : latest.values()) {
            Activity before = stored.get(after.activityId());
            (before == null ? inserted : updated).add(after);
            moveCount(before, after);
        }
        activities.insertAll(inserted);
        activities.updateAll(updated);
    }

    private static void check(ActivityChangedV1 event) {
        if (event.activityId() == null || event.type() == null || event.ownerId() == null
                || event.occurredAt() == null || event.version() == null) {
            throw new MalformedEventException("activity event without activityId, type, ownerId, occurredAt or version");
        }
    }

    private Activity state(Change change) {
        ActivityChangedV1 e = change.event();
        return new Activity(e.activityId(), e.type(), e.ownerId(), e.occurredAt(), calendar.dateOf(e.occurredAt()),
                e.opportunityId(), change.deleted(), e.version());
    }

    private void moveCount(Activity before, Activity after) {
        Counted was = counted(before);
        Counted is = counted(after);
        if (!Objects.equals(was, is)) {
            if (was != null) {
                aggregates.addActivity(was.owner, was.day, was.type, -1);
            }
            if (is != null) {
                aggregates.addActivity(is.owner, is.day, is.type, 1);
            }
        }
        Touch wasTouch = touch(before);
        Touch isTouch = touch(after);
        if (!Objects.equals(wasTouch, isTouch)) {
            if (wasTouch != null) {
                aggregates.addTouch(wasTouch.owner, wasTouch.day, wasTouch.type, wasTouch.opportunity, -1);
            }
            if (isTouch != null) {
                aggregates.addTouch(isTouch.owner, isTouch.day, isTouch.type, isTouch.opportunity, 1);
            }
        }
    }

    private static Counted counted(Activity a) {
        return a == null || a.deleted() ? null : new Counted(a.ownerId(), a.occurredDate(), a.type());
    }

    /** What a live activity logged against an opportunity adds to the touch rows (null: nothing). */
    private static Touch touch(Activity a) {
        return a == null || a.deleted() || a.opportunityId() == null ? null
                : new Touch(a.ownerId(), a.occurredDate(), a.type(), a.opportunityId());
    }

    private record Counted(UUID owner, LocalDate day, String type) {
    }

    private record Touch(UUID owner, LocalDate day, String type, UUID opportunity) {
    }
}
