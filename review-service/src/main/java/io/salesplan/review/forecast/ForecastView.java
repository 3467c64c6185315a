package io.salesplan.review.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Forecast", description = "Will the owner make the number: what is won, what the open deals expected "
        + "to close in the period are called, and the gap to the target")
public record ForecastView(
        @Schema(enumeration = {"COMPANY", "TEAM", "REP"}, examples = "TEAM") String ownerType,
        @Schema(description = "Team or rep id; null for the company", nullable = true) UUID ownerId,
        @Schema(examples = "2026-Q2") String period,
        @Schema(examples = "2026-04-01") LocalDate periodStart,
        @Schema(examples = "2026-06-30") LocalDate periodEnd,
        @Schema(description = "The day the forecast is computed for", examples = "2026-05-15") LocalDate asOf,
        @Schema(description = "The reporting currency of the money figures", examples = "CNY") String currency,
        @Schema(description = "The target of the owner's active REVENUE_WON goal for exactly this period (the "
                + "highest when there are several); null when there is none", examples = "2500000.00", nullable = true)
        BigDecimal target,
        @Schema(description = "The goal target comes from; null without one", nullable = true) UUID targetGoalId,
        @Schema(description = "Revenue won in the period up to asOf, as the goal variance counts it",
                examples = "900000.00") BigDecimal won,
        @Schema(description = "Σ amount of the deals open on asOf in the COMMIT category with an expected close date "
                + "in the period", examples = "600000.00") BigDecimal commit,
        @Schema(description = "The same for BEST_CASE alone (commit not included)", examples = "450000.00")
        BigDecimal bestCase,
        @Schema(description = "The same for PIPELINE alone (deals whose events carried no category count here)",
                examples = "800000.00") BigDecimal pipeline,
        @Schema(description = "Σ amount × stage probability over all those open deals, 2 decimals",
                examples = "1005000.00") BigDecimal weightedPipeline,
        @Schema(description = "target − (won + commit); negative when won and committed exceed the target; null "
                + "without a target", examples = "1000000.00", nullable = true) BigDecimal gap) {
}
