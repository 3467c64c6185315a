package io.salesplan.review.goal;

/** What kind of goal goals-service says it is (the read model keeps the name). */
public enum GoalType {
    OBJECTIVE, KEY_RESULT, KPI
}
