package io.salesplan.goals.goal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalChanges", description = "Fields to change; absent or null fields stay as they are. What a goal measures "
        + "(type, parent, owner, period, metric, activityType) cannot change: archive it and create another.")
public record UpdateGoalRequest(
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
