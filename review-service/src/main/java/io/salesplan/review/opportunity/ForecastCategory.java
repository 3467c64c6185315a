package io.salesplan.review.opportunity;

/** The forecast category of a deal: PIPELINE, BEST_CASE or COMMIT while open, CLOSED once won, OMITTED once lost. */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED
}
