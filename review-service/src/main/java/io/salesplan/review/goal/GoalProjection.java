package io.salesplan.review.goal;

import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.period.SalesPeriod;
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
        goal.type = event.type();
        goal.parentId = event.parentId();
        goal.ownerType = event.ownerType();
        goal.ownerId = event.ownerId();
        goal.period = period.key();
        goal.periodStart = event.periodStart() == null ? period.start() : event.periodStart();
        goal.periodEnd = event.periodEnd() == null ? period.end() : event.periodEnd();
        goal.metric = event.metric();
        goal.activityType = event.activityType();
        goal.targetValue = event.targetValue();
        goal.direction = event.direction();
        goal.status = archived ? Goal.ARCHIVED : (event.status() == null ? "ACTIVE" : event.status());
        goal.version = event.version();
        if (!goals.isPersistent(goal)) {
            goals.persist(goal);
        }
    }
}
