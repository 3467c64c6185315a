package io.salesplan.review.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code salesplan.goal.created|updated|archived.v1}. */
public record GoalChangedV1(
        UUID goalId,
        String title,
        String type,
        UUID parentId,
        String ownerType,
        UUID ownerId,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        String metric,
        String activityType,
        BigDecimal targetValue,
        String direction,
        String status,
        Long version) {
}
