package io.salesplan.review.goal;

import java.util.Arrays;
import java.util.Optional;

/** The activity type an ACTIVITIES goal counts, as goals-service names it (the read model keeps the name). */
public enum ActivityType {
    CALL, VISIT, DEMO, EMAIL, MEETING, OTHER;

    /** The activity type named so, or empty for null or a name this version does not know. */
    public static Optional<ActivityType> of(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
