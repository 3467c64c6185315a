package io.salesplan.goals.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the goal API. */
public final class GoalDtos {

    private GoalDtos() {
    }

    @Schema(name = "NewGoal", description = "A goal to create. An OBJECTIVE has no metric and no target; a KEY_RESULT or KPI needs both. "
            + "A KEY_RESULT sits under an OBJECTIVE (or a KEY_RESULT), a KPI under a KEY_RESULT (or a KPI), an OBJECTIVE only under an OBJECTIVE; "
            + "a child's period must lie within its parent's (a week counts by its Thursday).")
    public record NewGoal(
            @Schema(description = "Short title.", examples = "500 new qualified opportunities in East China", maxLength = 200, required = true)
            @NotBlank @Size(max = 200) String title,
            @Schema(description = "Longer description.", examples = "Focus on manufacturing accounts.", maxLength = 4000)
            @Size(max = 4000) String description,
            @Schema(description = "Level in the OKR tree.", required = true, examples = "KEY_RESULT")
            @NotNull GoalType type,
            @Schema(description = "Parent goal; an unknown one is a 422.", examples = "9a1c4b7e-5d2f-4e8a-b3c6-0f1e2d3c4b5a")
            UUID parentId,
            @Schema(description = "Owner kind.", required = true, examples = "TEAM")
            @NotNull OwnerType ownerType,
            @Schema(description = "Team or rep id; must be absent for COMPANY. An unknown team or rep is a 422.",
                    examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60")
            UUID ownerId,
            @Schema(description = "Period key: 2026, 2026-Q1, 2026-03 or 2026-W10 (ISO week).", required = true, examples = "2026-Q1")
            @NotBlank String period,
            @Schema(description = "What the goal measures; required for KEY_RESULT and KPI, forbidden for OBJECTIVE.", examples = "OPPORTUNITIES_CREATED")
            Metric metric,
            @Schema(description = "Only with metric ACTIVITIES: count only this activity type (all types when absent).", examples = "VISIT")
            ActivityType activityType,
            @Schema(description = "Target, greater than 0: money with at most 2 decimals, counts whole, WIN_RATE in (0, 1]. Required with a metric.",
                    examples = "500")
            BigDecimal targetValue) {
    }

    @Schema(name = "GoalChanges", description = "Fields to change; absent or null fields stay as they are. What a goal measures "
            + "(type, parent, owner, period, metric, activityType) cannot change: archive it and create another.")
    public record GoalChanges(
            @Schema(description = "New title.", maxLength = 200, examples = "550 new qualified opportunities")
            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
            @Schema(description = "New description; an empty string clears it.", maxLength = 4000)
            @Size(max = 4000) String description,
            @Schema(description = "New target, same rules as on creation. Children made by a decomposition are not re-split: decompose again with replace=true.",
                    examples = "550")
            BigDecimal targetValue,
            @Schema(hidden = true) Object type,
            @Schema(hidden = true) Object parentId,
            @Schema(hidden = true) Object ownerType,
            @Schema(hidden = true) Object ownerId,
            @Schema(hidden = true) Object period,
            @Schema(hidden = true) Object metric,
            @Schema(hidden = true) Object activityType,
            @Schema(hidden = true) Object status) {
    }

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
            return new GoalResponse(goal.id(), goal.title(), goal.description(), goal.type(), goal.parentId(),
                    goal.ownerType(), goal.ownerId(), goal.period(), goal.periodStart(), goal.periodEnd(), goal.metric(),
                    goal.activityType(), goal.targetValue(), goal.direction(), goal.status(),
                    goal.metric() != null && goal.metric().money() ? currency : null, goal.version(), goal.createdBy(),
                    goal.updatedBy(), children);
        }
    }

    @Schema(name = "GoalHistory", description = "Every change to a goal's target, period or status, oldest first. "
            + "A goal's first entries record how it started (from null, reason 'created').")
    public record GoalHistory(List<GoalHistoryItem> items) {

        public static GoalHistory of(List<GoalHistoryEntry> entries) {
            return new GoalHistory(entries.stream().map(e -> new GoalHistoryItem(e.at(), e.actor(), e.field(), e.from(),
                    e.to(), e.reason())).toList());
        }
    }

    @Schema(name = "GoalHistoryItem", description = "One change to a goal.")
    public record GoalHistoryItem(
            @Schema(description = "When it changed.") Instant at,
            @Schema(description = "Who changed it: the subject of their token ('system' when an event did).",
                    examples = "li.wei@example.com") String actor,
            @Schema(description = "The API's name of the field that changed.", enumeration = {"targetValue", "period", "status"})
            String field,
            @Schema(description = "The value before, as text (decimals as plain numbers); null when the goal was created.",
                    nullable = true, examples = "100000") String from,
            @Schema(description = "The value after, as text.", examples = "120000") String to,
            @Schema(description = "Why: 'created', the action plan or decomposition that changed it, or for an accepted plan "
                    + "adjustment the adjustment and the retrospective that proposed it; null for a plain edit.",
                    nullable = true) String reason) {
    }
}
