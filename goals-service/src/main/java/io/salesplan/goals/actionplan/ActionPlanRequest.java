package io.salesplan.goals.actionplan;

import io.salesplan.goals.goal.ActivityType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanRequest", description = "The funnel assumptions to run a revenue goal backwards with.")
public record ActionPlanRequest(
        @Schema(description = "Average won deal, money greater than 0 with at most 2 decimals.", required = true, examples = "100000")
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 2, message = "must be money with at most 2 decimals") BigDecimal averageDealSize,
        @Schema(description = "Share of closed opportunities that are won, in (0, 1].", required = true, examples = "0.2")
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0 and at most 1")
        @DecimalMax(value = "1", message = "must be greater than 0 and at most 1") BigDecimal winRate,
        @Schema(description = "Activities needed per opportunity, by activity type (non-negative; fractions allowed).",
                examples = "{\"VISIT\": 3, \"DEMO\": 1, \"CALL\": 10}")
        Map<ActivityType, @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 4) BigDecimal> activitiesPerOpportunity,
        @Schema(description = "false (default) only previews; true also creates, or on a later apply updates, the per-owner KPI goals "
                + "(DEALS_WON, OPPORTUNITIES_CREATED, ACTIVITIES per type) as children of the goal.", examples = "false", defaultValue = "false")
        Boolean apply) {
}
