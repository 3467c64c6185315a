package io.salesplan.goals.decomposition;

import io.salesplan.goals.goal.GoalResponse;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decomposition", description = "The new child goals. Additive targets sum exactly to the parent's (largest remainder: whole numbers for counts, 2 decimals for money); ratio targets are copied.")
public record DecompositionResponse(
        @Schema(description = "The decomposed goal.") UUID parentId,
        @Schema(description = "The child goals, in the order of the parts (time order, or teams then reps).") List<GoalResponse> children) {
}
