package io.salesplan.review.variance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Target against actual, pace and status, as the contract defines them.
 *
 * <p>Additive metrics (revenue, deals, opportunities, activities) are paced: {@code expectedToDate}
 * = target × elapsed working days ÷ working days in the period (counting {@code asOf} itself),
 * {@code projected} = actual scaled to the whole period. {@code ACHIEVED} once the target is met;
 * while the period runs {@code ON_TRACK} if actual ≥ expected, {@code AT_RISK} if ≥ 80 % of
 * expected, else {@code BEHIND}; after it ends {@code MISSED}.
 *
 * <p>Ratio metrics (win rate, average deal size, cycle days) are not paced: while the period runs
 * they are {@code ON_TRACK} when they meet the target ({@code higherIsBetter} false: at most the
 * target) and {@code BEHIND} otherwise, also when there is no closed deal yet (actual null);
 * after it ends {@code ACHIEVED} or {@code MISSED}.
 */
public final class VarianceCalculator {

    private static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.8");

    private VarianceCalculator() {
    }

    /**
     * @param scale decimals of the metric's values (0 for counts, 2 for money and days, 4 for rates)
     */
    public static Variance additive(BigDecimal target, BigDecimal actual, Pace pace, int scale) {
        BigDecimal expected = pace.workingDays() == 0 ? target
                : target.multiply(BigDecimal.valueOf(pace.elapsed()))
                        .divide(BigDecimal.valueOf(pace.workingDays()), 2, RoundingMode.HALF_UP);
        BigDecimal projected = pace.elapsed() == 0 ? null
                : actual.multiply(BigDecimal.valueOf(pace.workingDays()))
                        .divide(BigDecimal.valueOf(pace.elapsed()), 2, RoundingMode.HALF_UP);
        GoalStatus status;
        if (actual.compareTo(target) >= 0) {
            status = GoalStatus.ACHIEVED;
        } else if (pace.ended()) {
            status = GoalStatus.MISSED;
        } else if (actual.compareTo(expected) >= 0) {
            status = GoalStatus.ON_TRACK;
        } else if (actual.compareTo(expected.multiply(AT_RISK_SHARE)) >= 0) {
            status = GoalStatus.AT_RISK;
        } else {
            status = GoalStatus.BEHIND;
        }
        BigDecimal value = actual.setScale(scale, RoundingMode.HALF_UP);
        return new Variance(target, value, value.subtract(target), attainment(value, target), expected,
                value.subtract(expected), projected, status);
    }

    public static Variance ratio(BigDecimal target, BigDecimal actual, boolean higherIsBetter, Pace pace) {
        boolean met = actual != null
                && (higherIsBetter ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0);
        GoalStatus status = pace.ended()
                ? (met ? GoalStatus.ACHIEVED : GoalStatus.MISSED)
                : (met ? GoalStatus.ON_TRACK : GoalStatus.BEHIND);
        return new Variance(target, actual, actual == null ? null : actual.subtract(target),
                actual == null ? null : attainment(actual, target), null, null, null, status);
    }

    /** actual ÷ target with 4 decimals; null for a zero target. */
    static BigDecimal attainment(BigDecimal actual, BigDecimal target) {
        if (target.signum() == 0) {
            return null;
        }
        return actual.divide(target, 4, RoundingMode.HALF_UP);
    }
}
