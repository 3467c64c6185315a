package io.salesplan.review.variance;

import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.goal.Direction;
import io.salesplan.review.goal.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalVariance", description = "A goal's target against its actual on the day asOf, with pace and "
        + "status, and the same for its direct child goals (not archived). An objective (no metric) has null numbers "
        + "and status; ratio metrics (WIN_RATE, AVERAGE_DEAL_SIZE, SALES_CYCLE_DAYS) have null expectedToDate, "
        + "paceVariance and projected, and a null actual while no deal closed in the period.")
public record GoalVarianceView(
        @Schema(description = "The goal", example = "0d6e4c2b-1b7e-4d55-9a43-5bb1a0f8f1e2") UUID goalId,
        @Schema(description = "The goal's title", example = "Q1 revenue East China") String title,
        @Schema(description = "What the goal measures; null for an objective", nullable = true)
        Metric metric,
        @Schema(description = "The activity type counted by an ACTIVITIES goal; null means every type",
                nullable = true) ActivityType activityType,
        @Schema(description = "AT_MOST for SALES_CYCLE_DAYS (lower is better), else AT_LEAST; null for an objective",
                nullable = true) Direction direction,
        @Schema(enumeration = {"COMPANY", "TEAM", "REP"}, example = "TEAM") String ownerType,
        @Schema(description = "Team or rep id; null for the company", nullable = true) UUID ownerId,
        @Schema(example = "2026-Q1") String period,
        @Schema(example = "2026-01-01") LocalDate periodStart,
        @Schema(example = "2026-03-31") LocalDate periodEnd,
        @Schema(description = "The day the report is computed for: only what happened on or before it counts",
                example = "2026-02-13") LocalDate asOf,
        @Schema(description = "Working days (Monday to Friday) in the period", example = "64") int workingDays,
        @Schema(description = "Working days from the period's first day up to and including asOf",
                example = "33") int elapsedWorkingDays,
        @Schema(description = "The reporting currency; applies to money metrics", example = "CNY") String currency,
        @Schema(description = "null for an objective", example = "1000000.00", nullable = true) BigDecimal target,
        @Schema(description = "For a team: every member rep and every sub-team's reps. Null for a ratio metric "
                + "with no deal closed in the period", example = "400000.00", nullable = true) BigDecimal actual,
        @Schema(description = "actual − target; null without an actual", example = "-600000.00",
                nullable = true) BigDecimal variance,
        @Schema(description = "actual ÷ target (4 decimals); null for a zero target", example = "0.4",
                nullable = true)
        BigDecimal attainment,
        @Schema(description = "target × elapsed working days ÷ working days in the period (2 decimals)",
                example = "515625.00", nullable = true) BigDecimal expectedToDate,
        @Schema(description = "actual − expectedToDate", example = "-115625.00",
                nullable = true) BigDecimal paceVariance,
        @Schema(description = "actual scaled to the whole period: actual × working days ÷ elapsed working days; "
                + "null before the first working day", example = "775757.58", nullable = true) BigDecimal projected,
        @Schema(description = "null for an objective and while a ratio metric has no actual", nullable = true)
        GoalStatus status,
        @Schema(description = "The direct child goals, each with an empty children list (ask for a child's own "
                + "report to go deeper)") List<GoalVarianceView> children) {
}
