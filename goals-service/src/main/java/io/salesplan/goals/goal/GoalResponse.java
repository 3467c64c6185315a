package io.salesplan.goals.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "An objective, key result or KPI.", requiredProperties = {"id", "title",
        "description", "type", "parentId", "ownerType", "ownerId", "period", "periodStart", "periodEnd", "metric",
        "activityType", "targetValue", "direction", "status", "currency", "version", "createdBy", "updatedBy"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GoalResponse(
        @Schema(description = "Goal id.", examples = "9a1c4b7e-5d2f-4e8a-b3c6-0f1e2d3c4b5a") UUID id,
        @Schema(description = "Title.", examples = "500 new qualified opportunities") String title,
        @Schema(description = "Description.", nullable = true) String description,
        @Schema(description = "Level in the OKR tree.") GoalType type,
        @Schema(description = "Parent goal.", nullable = true) UUID parentId,
        @Schema(description = "Owner kind.") OwnerType ownerType,
        @Schema(description = "Team or rep id; null for COMPANY.", nullable = true) UUID ownerId,
        @Schema(description = "Period key.", examples = "2026-Q1") String period,
        @Schema(description = "First day of the period.", examples = "2026-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period.", examples = "2026-03-31") LocalDate periodEnd,
        @Schema(description = "What the goal measures; null for an OBJECTIVE.", nullable = true) Metric metric,
        @Schema(description = "Activity type counted by an ACTIVITIES goal; null for all types.", nullable = true) ActivityType activityType,
        @Schema(description = "Target at the metric's precision; null for an OBJECTIVE.", nullable = true, examples = "500") BigDecimal targetValue,
        @Schema(description = "Derived from the metric: AT_MOST for SALES_CYCLE_DAYS, else AT_LEAST; null for an OBJECTIVE.", nullable = true) Direction direction,
        @Schema(description = "ACTIVE or ARCHIVED.") GoalStatus status,
        @Schema(description = "Currency of money targets (REVENUE_WON, AVERAGE_DEAL_SIZE); null otherwise.", nullable = true, examples = "CNY") String currency,
        @Schema(description = "Grows by one with every change; the ETag carries it.", examples = "0") long version,
        @Schema(description = "Who created the goal: the subject of their token ('system' for goals made by an event, "
                + "'unknown' for goals from before sign-in existed).", examples = "li.wei@example.com") String createdBy,
        @Schema(description = "Who changed the goal last: the subject of their token.", examples = "li.wei@example.com")
        String updatedBy,
        @Schema(description = "Only in GET /goals/{id}/tree (absent elsewhere): the child goals the caller may see, "
                + "recursively.")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<GoalResponse> children) {

    public static GoalResponse from(Goal goal, String currency) {
        return tree(goal, currency, null);
    }

    public static GoalResponse tree(Goal goal, String currency, List<GoalResponse> children) {
        return new GoalResponse(goal.id, goal.title, goal.description, goal.type, goal.parentId,
                goal.ownerType, goal.ownerId, goal.period, goal.periodStart, goal.periodEnd, goal.metric,
                goal.activityType, goal.presentedTarget(), goal.direction, goal.status,
                goal.metric != null && goal.metric.money() ? currency : null, goal.version, goal.createdBy,
                goal.updatedBy, children);
    }
}
