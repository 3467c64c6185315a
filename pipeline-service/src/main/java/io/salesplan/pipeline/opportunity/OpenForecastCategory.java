package io.salesplan.pipeline.opportunity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The forecast categories an open deal may be given: PIPELINE (may close), BEST_CASE (could "
        + "close with luck) or COMMIT (will close). CLOSED and OMITTED follow a win or a loss and cannot be set.")
public enum OpenForecastCategory {
    PIPELINE, BEST_CASE, COMMIT
}
