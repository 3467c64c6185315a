package io.salesplan.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level of a goal in the OKR tree. */
@Schema(description = "OBJECTIVE (qualitative, no metric) → KEY_RESULT (measurable) → KPI (measurable, usually an activity or funnel count).")
public enum GoalType {
    OBJECTIVE, KEY_RESULT, KPI;

    /** Which goal types may be the parent of a goal of this type; decomposed children keep their parent's type. */
    public boolean acceptsParent(GoalType parent) {
        return switch (this) {
            case OBJECTIVE -> parent == OBJECTIVE;
            case KEY_RESULT -> parent == OBJECTIVE || parent == KEY_RESULT;
            case KPI -> parent == KEY_RESULT || parent == KPI;
        };
    }
}
