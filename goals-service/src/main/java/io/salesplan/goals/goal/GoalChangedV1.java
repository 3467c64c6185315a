package io.salesplan.goals.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code salesplan.goal.created|updated|archived.v1}: the whole goal, so that consumers
 * never need to call back.
 */
public record GoalChangedV1(
        UUID goalId,
        String title,
        GoalType type,
        UUID parentId,
        OwnerType ownerType,
        UUID ownerId,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        Metric metric,
        ActivityType activityType,
        BigDecimal targetValue,
        Direction direction,
        GoalStatus status,
        long version) {

    public static final String CREATED = "salesplan.goal.created.v1";
    public static final String UPDATED = "salesplan.goal.updated.v1";
    public static final String ARCHIVED = "salesplan.goal.archived.v1";

    public static GoalChangedV1 of(Goal goal) {
        return new GoalChangedV1(goal.id, goal.title, goal.type, goal.parentId, goal.ownerType,
                goal.ownerId, goal.period, goal.periodStart, goal.periodEnd, goal.metric,
                goal.activityType, goal.presentedTarget(), goal.direction, goal.status, goal.version);
    }
}
