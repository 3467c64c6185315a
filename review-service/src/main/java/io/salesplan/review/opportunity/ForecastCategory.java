package io.salesplan.review.opportunity;

import java.util.Arrays;
import java.util.Optional;

/** The forecast category of a deal: PIPELINE, BEST_CASE or COMMIT while open, CLOSED once won, OMITTED once lost. */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED;

    /** The category named so, or empty for null or a name this version does not know. */
    public static Optional<ForecastCategory> of(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
