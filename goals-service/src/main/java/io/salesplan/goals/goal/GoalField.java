package io.salesplan.goals.goal;

/**
 * The goal fields whose changes a goal's history records. The constants are spelled as the API
 * names the fields, which is also how {@code goal_history.field} stores them.
 */
public enum GoalField {
    targetValue, period, status
}
