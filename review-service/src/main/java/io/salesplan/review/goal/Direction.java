package io.salesplan.review.goal;

import java.util.Arrays;
import java.util.Optional;

/** Whether a goal is met at or above its target, or at or below it (the read model keeps the name). */
public enum Direction {
    AT_LEAST, AT_MOST;

    /** The direction named so, or empty for null or a name this version does not know. */
    public static Optional<Direction> of(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
