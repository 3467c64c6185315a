package io.salesplan.review.variance;

import java.math.BigDecimal;

/** Target against actual on one day; the pace fields are null for ratio metrics. */
public record Variance(
        BigDecimal target,
        BigDecimal actual,
        BigDecimal variance,
        BigDecimal attainment,
        BigDecimal expectedToDate,
        BigDecimal paceVariance,
        BigDecimal projected,
        GoalStatus status) {

    /** A goal that cannot be measured (an objective, no target or no owner): only its target, if any. */
    static Variance unmeasured(BigDecimal target) {
        return new Variance(target, null, null, null, null, null, null, null);
    }
}
