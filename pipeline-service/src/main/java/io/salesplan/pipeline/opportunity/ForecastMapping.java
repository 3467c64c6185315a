package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.pipeline.StageKind;
import java.math.BigDecimal;

/**
 * The forecast category a deal gets when it enters a stage: CLOSED in the WON stage, OMITTED in the LOST
 * stage, and in an open stage from the stage's probability — COMMIT from {@code commitFrom}, BEST_CASE
 * from {@code bestCaseFrom}, else PIPELINE (salesplan.pipeline.forecast.*, default 0.75 and 0.50, which
 * puts the default pipeline's NEGOTIATION in COMMIT and PROPOSAL in BEST_CASE).
 */
public record ForecastMapping(BigDecimal bestCaseFrom, BigDecimal commitFrom) {

    public ForecastCategory categoryOf(StageKind kind, BigDecimal probability) {
        return switch (kind) {
            case WON -> ForecastCategory.CLOSED;
            case LOST -> ForecastCategory.OMITTED;
            case OPEN -> probability.compareTo(commitFrom) >= 0 ? ForecastCategory.COMMIT
                    : probability.compareTo(bestCaseFrom) >= 0 ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE;
        };
    }
}
