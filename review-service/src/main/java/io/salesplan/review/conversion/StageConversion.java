package io.salesplan.review.conversion;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One row of the cohort funnel: an open stage, or the WON stage (last row)")
public record StageConversion(
        @Schema(description = "The stage key", example = "PROPOSAL") String stage,
        @Schema(description = "Opportunities of the cohort that reached the stage; passing it by skipping counts, "
                + "a lost deal reached only the stages it passed, WON counts deals won as of asOf", example = "40")
        long reached,
        @Schema(description = "Reached of the next row ÷ reached of this row (4 decimals); null on the WON row or "
                + "when none reached this stage", example = "0.625", nullable = true) BigDecimal conversionToNext,
        @Schema(description = "Reached of this row − reached of the next row (a count of deals); null on the WON row",
                example = "15", nullable = true) Long dropOff,
        @Schema(description = "Mean days (2 decimals) the opportunities that left this stage spent in it, counting "
                + "completed stays only; null when none left it yet, and on the WON row", example = "6.5",
                nullable = true)
        BigDecimal meanDaysInStage) {
}
