package io.salesplan.review.goal;

/** Whether a goal is met at or above its target, or at or below it (the read model keeps the name). */
public enum Direction {
    AT_LEAST, AT_MOST
}
