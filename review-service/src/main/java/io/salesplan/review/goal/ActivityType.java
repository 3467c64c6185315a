package io.salesplan.review.goal;

/** The activity type an ACTIVITIES goal counts, as goals-service names it (the read model keeps the name). */
public enum ActivityType {
    CALL, VISIT, DEMO, EMAIL, MEETING, OTHER
}
