package io.salesplan.pipeline.opportunity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the deal stands in the forecast: PIPELINE, BEST_CASE or COMMIT while open (the owner's "
        + "call); CLOSED once won and OMITTED once lost (set automatically).")
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED;

    /** The category an open deal may be given by hand. */
    public static ForecastCategory of(OpenForecastCategory call) {
        return switch (call) {
            case PIPELINE -> PIPELINE;
            case BEST_CASE -> BEST_CASE;
            case COMMIT -> COMMIT;
        };
    }
}
