package io.salesplan.goals.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewGoal", description = "A goal to create. An OBJECTIVE has no metric and no target; a KEY_RESULT or KPI needs both. "
        + "A KEY_RESULT sits under an OBJECTIVE (or a KEY_RESULT), a KPI under a KEY_RESULT (or a KPI), an OBJECTIVE only under an OBJECTIVE; "
        + "a child's period must lie within its parent's (a week counts by its Thursday).")
public record CreateGoalRequest(
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
