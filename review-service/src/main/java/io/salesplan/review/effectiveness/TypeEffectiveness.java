package io.salesplan.review.effectiveness;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How one activity type relates to won deals")
public record TypeEffectiveness(
        @Schema(enumeration = {"CALL", "VISIT", "DEMO", "EMAIL", "MEETING", "OTHER"}, example = "DEMO") String type,
        @Schema(description = "Activities of the type in the window (deleted ones excluded)", example = "120")
        long activities,
        @Schema(description = "Distinct opportunities those activities were logged against", example = "40")
        long opportunitiesTouched,
        @Schema(description = "Touched opportunities won as of asOf", example = "12") long wonOpportunities,
        @Schema(description = "Touched opportunities lost as of asOf", example = "8") long lostOpportunities,
        @Schema(description = "won ÷ (won + lost) among the touched opportunities that are closed (4 decimals); "
                + "null when none is closed", example = "0.6", nullable = true) BigDecimal winRate,
        @Schema(description = "activities ÷ won opportunities (2 decimals); null when none was won", example = "10",
                nullable = true)
        BigDecimal activitiesPerWonDeal) {
}
