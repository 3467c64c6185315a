package io.salesplan.review.goal;

/** Whether a goal counts: an ARCHIVED goal never changes again and drops out of reports. */
public enum GoalState {
    ACTIVE, ARCHIVED
}
