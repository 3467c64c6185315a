package io.salesplan.goals.goal;

/**
 * How a goal came to be. Re-decomposing replaces exactly the goals a decomposition made, and a
 * second action-plan apply updates exactly the KPI goals the first one made.
 */
public enum GoalOrigin {
    MANUAL, PERIOD_SPLIT, OWNER_SPLIT, ACTION_PLAN
}
