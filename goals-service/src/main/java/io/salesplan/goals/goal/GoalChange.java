package io.salesplan.goals.goal;

import java.math.BigDecimal;

/**
 * One change to a goal's target, period or status, as its history lists it: the API's field name,
 * the values before and after as text (null before the goal existed), and why.
 */
public record GoalChange(GoalField field, String from, String to, String reason) {

    /** The reason of the entries that record how a goal started. */
    public static final String CREATED = "created";

    /** A decimal as the history shows it: plain, without trailing zeros (100000, 0.2525). */
    static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
