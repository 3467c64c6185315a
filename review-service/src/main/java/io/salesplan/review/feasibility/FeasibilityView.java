package io.salesplan.review.feasibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Feasibility", description = "What a REVENUE_WON or DEALS_WON goal still needs, against the owner's "
        + "history over a trailing window and the open pipeline expected to close in the period")
public record FeasibilityView(
        UUID goalId,
        @Schema(enumeration = {"REVENUE_WON", "DEALS_WON"}) String metric,
        @Schema(example = "2026-03-02") LocalDate asOf,
        @Schema(description = "The reporting currency of every amount", example = "CNY") String currency,
        Verdict verdict,
        @Schema(description = "Why, in words with the numbers, in this order: what remains; the history (or that "
                + "there is none); the deals and opportunities needed; the coverage; open deals past their "
                + "expected close date; a cycle longer than the time left")
        List<String> reasons,
        Required required,
        History history,
        Pipeline openPipeline,
        @Schema(description = "Open pipeline expected to close in the period ÷ remaining (amounts for REVENUE_WON, "
                + "deal counts for DEALS_WON), 2 decimals; null once nothing remains", example = "1.8",
                nullable = true)
        BigDecimal coverage,
        @Schema(description = "1 ÷ the history's win rate, 2 decimals: the coverage at which the open pipeline is "
                + "expected to close the gap; null without a won deal in the window", example = "5",
                nullable = true)
        BigDecimal requiredCoverage) {

    @Schema(name = "FeasibilityRequired", description = "What the goal still needs")
    public record Required(
            @Schema(example = "1000000.00") BigDecimal target,
            @Schema(description = "Actual from the period's first day to asOf (or the period's end), as in the goal's "
                    + "variance", example = "600000.00") BigDecimal actual,
            @Schema(description = "target − actual, never below 0", example = "400000.00") BigDecimal remaining,
            @Schema(description = "Working days (Monday to Friday) after asOf up to the period's end",
                    example = "21") int remainingWorkingDays,
            @Schema(description = "Calendar days after asOf up to the period's end; compared with the average cycle",
                    example = "29") long daysLeft,
            @Schema(description = "Deals still to win: REVENUE_WON ceil(remaining ÷ average deal size), null "
                    + "without a won deal in the window; DEALS_WON the remaining count", example = "4",
                    nullable = true) Long deals,
            @Schema(description = "Opportunities to work to win those deals: ceil(deals ÷ win rate); null without "
                    + "a won deal in the window", example = "20", nullable = true) Long opportunities) {
    }

    @Schema(name = "FeasibilityHistory", description = "The owner scope's deals closed in the trailing window (a "
            + "team with its sub-teams, as the org is now)")
    public record History(
            @Schema(description = "salesplan.review.feasibility-window-days", example = "180") int windowDays,
            @Schema(description = "First day of the window", example = "2025-09-04") LocalDate from,
            @Schema(description = "Last day of the window: asOf", example = "2026-03-02") LocalDate to,
            @Schema(example = "2") long wonDeals,
            @Schema(example = "8") long lostDeals,
            @Schema(description = "won ÷ (won + lost), 4 decimals; null without a closed deal", example = "0.2",
                    nullable = true)
            BigDecimal winRate,
            @Schema(description = "Amount won ÷ deals won, 2 decimals; null without a won deal", example = "100000.00",
                    nullable = true)
            BigDecimal averageDealSize,
            @Schema(description = "Mean days from creation to win, 2 decimals; null without a won deal",
                    example = "45.00", nullable = true) BigDecimal averageCycleDays) {
    }

    @Schema(name = "FeasibilityOpenPipeline", description = "The owner scope's opportunities open on asOf (created "
            + "by then, not closed by then), with the latest known amount and expected close date")
    public record Pipeline(
            @Schema(description = "Amount expected to close from asOf (or the period's first day, if later) to the "
                    + "period's end", example = "720000.00") BigDecimal amount,
            @Schema(description = "How many of them", example = "9") long deals,
            @Schema(description = "Amount whose expected close date is before asOf: not counted in coverage",
                    example = "250000.00") BigDecimal overdueAmount,
            @Schema(description = "How many of them", example = "3") long overdueDeals) {
    }
}
