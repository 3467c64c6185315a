package io.salesplan.review.variance;

/** Where a goal stands on a day. */
public enum GoalStatus {
    /** The target is met (for a ratio metric: met when the period ended). */
    ACHIEVED,
    /** While the period runs: actual at or above what was expected by now (ratios: meeting the target). */
    ON_TRACK,
    /** While the period runs: actual at least 80 % of what was expected by now. */
    AT_RISK,
    /** While the period runs: below 80 % of what was expected (ratios: not meeting the target). */
    BEHIND,
    /** The period ended without the target met. */
    MISSED
}
