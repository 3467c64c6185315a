package io.salesplan.review.goal;

import io.salesplan.platform.event.EventEnums;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps the latest state of every goal; targets are read at report time, so a change is exact. */
@ApplicationScoped
public class GoalProjection {

    private final GoalRepository goals;

    public GoalProjection(GoalRepository goals) {
        this.goals = goals;
    }

    @Transactional
    public void apply(GoalChangedV1 event, boolean archived) {
        if (event.goalId() == null || event.version() == null || event.ownerType() == null || event.type() == null) {
            throw new MalformedEventException("goal event without goalId, type, ownerType or version");
        }
        SalesPeriod period = SalesPeriod.tryParse(event.period())
                .orElseThrow(() -> new MalformedEventException("goal " + event.goalId() + " has no valid period"));
        Goal goal = goals.findById(event.goalId());
        if (goal == null) {
            goal = new Goal();
            goal.goalId = event.goalId();
        } else if (goal.version >= event.version()) {
            return;
        }
        goal.title = event.title();
        String subject = "goal " + event.goalId();
        goal.type = EventEnums.required(GoalType.class, event.type(), subject);
        goal.parentId = event.parentId();
        goal.ownerType = EventEnums.required(OwnerType.class, event.ownerType(), subject);
        goal.ownerId = event.ownerId();
        goal.period = period.key();
        goal.periodStart = event.periodStart() == null ? period.start() : event.periodStart();
        goal.periodEnd = event.periodEnd() == null ? period.end() : event.periodEnd();
        goal.metric = EventEnums.optional(Metric.class, event.metric());
        goal.activityType = EventEnums.optional(ActivityType.class, event.activityType());
        goal.targetValue = event.targetValue();
        goal.direction = EventEnums.optional(Direction.class, event.direction());
        goal.status = archived ? GoalState.ARCHIVED
                : event.status() == null ? GoalState.ACTIVE : EventEnums.required(GoalState.class, event.status(), subject);
        goal.version = event.version();
        if (!goals.isPersistent(goal)) {
            goals.persist(goal);
        }
    }
}
