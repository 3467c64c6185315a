package io.salesplan.review.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conversion", description = "The funnel of the cohort of opportunities created in [from, to]")
public record ConversionView(
        @Schema(description = "The pipeline whose stages make the rows; null while no default pipeline is known "
                + "here yet (then the cohort is empty)", nullable = true) UUID pipelineId,
        @Schema(example = "2026-01-01") LocalDate from,
        @Schema(example = "2026-03-31") LocalDate to,
        @Schema(example = "2026-03-31") LocalDate asOf,
        @Schema(description = "Opportunities in the cohort", example = "64") long cohort,
        @Schema(description = "Cohort deals won as of asOf", example = "25") long won,
        @Schema(description = "Cohort deals lost as of asOf", example = "20") long lost,
        @Schema(description = "One row per open stage in pipeline order, then one for WON") List<StageConversion> stages,
        @Schema(description = "won ÷ (won + lost) of the cohort (4 decimals); null while none closed",
                example = "0.5556", nullable = true) BigDecimal winRate,
        @Schema(description = "The open stage with the lowest conversion to the next row; null when no stage was "
                + "reached", example = "NEEDS_ANALYSIS", nullable = true) String biggestLeak) {
}
