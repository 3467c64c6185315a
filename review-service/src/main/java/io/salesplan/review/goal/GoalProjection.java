package io.salesplan.review.goal;

import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

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
        goal.type = required(GoalType.class, event.type(), event.goalId());
        goal.parentId = event.parentId();
        goal.ownerType = required(OwnerType.class, event.ownerType(), event.goalId());
        goal.ownerId = event.ownerId();
        goal.period = period.key();
        goal.periodStart = event.periodStart() == null ? period.start() : event.periodStart();
        goal.periodEnd = event.periodEnd() == null ? period.end() : event.periodEnd();
        goal.metric = Metric.of(event.metric()).orElse(null);
        goal.activityType = ActivityType.of(event.activityType()).orElse(null);
        goal.targetValue = event.targetValue();
        goal.direction = Direction.of(event.direction()).orElse(null);
        goal.status = archived ? GoalState.ARCHIVED
                : event.status() == null ? GoalState.ACTIVE : required(GoalState.class, event.status(), event.goalId());
        goal.version = event.version();
        if (!goals.isPersistent(goal)) {
            goals.persist(goal);
        }
    }

    /** A value of a fixed set the event must name; one outside the contract's set makes the event malformed. */
    private static <E extends Enum<E>> E required(Class<E> type, String name, UUID goalId) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(
                    "goal " + goalId + " has an unknown " + type.getSimpleName() + " " + name);
        }
    }
}
