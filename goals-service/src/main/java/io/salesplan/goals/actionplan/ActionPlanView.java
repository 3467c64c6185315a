package io.salesplan.goals.actionplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.salesplan.goals.goal.ActivityType;
import io.salesplan.goals.goal.GoalResponse;
import io.salesplan.goals.goal.OwnerType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlan", description = "A revenue goal run backwards through the funnel, per owner. Owners are the goal's owner-children if it was decomposed by "
        + "owner, else the active reps of its team (revenue split evenly to the cent), else the goal's own owner.",
        requiredProperties = {"goalId", "period", "workingDays", "currency", "totals", "owners"})
public record ActionPlanView(
        @Schema(description = "The revenue goal.") UUID goalId,
        @Schema(description = "Its period.", examples = "2026") String period,
        @Schema(description = "Working days (Monday to Friday) of the period.", examples = "261") int workingDays,
        @Schema(description = "Currency of revenue values.", examples = "CNY") String currency,
        Totals totals,
        List<OwnerPlan> owners,
        @Schema(description = "Only with apply=true (absent otherwise): the KPI goals the plan now maintains under the goal.")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<GoalResponse> appliedGoals) {

    @Schema(name = "ActionPlanTotals", description = "Sums over all owners.")
    public record Totals(
            @Schema(examples = "100") long deals,
            @Schema(examples = "500") long opportunities,
            @Schema(description = "Activities per type.", examples = "{\"VISIT\": 1500}") Map<ActivityType, Long> activities) {
    }

    @Schema(name = "ActionPlanOwner", description = "What one owner has to do.")
    public record OwnerPlan(
            @Schema(description = "Owner kind.") OwnerType ownerType,
            @Schema(description = "Team or rep id; null for the company.", nullable = true) UUID ownerId,
            @Schema(description = "The revenue this owner has to win.", examples = "1000000.00") BigDecimal revenue,
            @Schema(description = "ceil(revenue ÷ averageDealSize).", examples = "10") long deals,
            @Schema(description = "ceil(deals ÷ winRate).", examples = "50") long opportunities,
            @Schema(description = "ceil(opportunities × ratio) per type.", examples = "{\"VISIT\": 150}") Map<ActivityType, Long> activities,
            @Schema(description = "activities ÷ working days of the period, rounded up to 2 decimals.", examples = "{\"VISIT\": 0.58}")
            Map<ActivityType, BigDecimal> perWorkingDay,
            @Schema(description = "activities ÷ (working days ÷ 5), rounded up to 2 decimals.", examples = "{\"VISIT\": 2.88}")
            Map<ActivityType, BigDecimal> perWeek) {

        static OwnerPlan from(ActionPlanCalculator.OwnerPlan plan) {
            return new OwnerPlan(plan.ownerType(), plan.ownerId(), plan.revenue(), plan.deals(), plan.opportunities(),
                    plan.activities(), plan.perWorkingDay(), plan.perWeek());
        }
    }
}
