package io.salesplan.review.retrospective;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetrospectiveAdjustment", description = "A proposed new target; sent to goals-service as a "
        + "proposal when the retrospective closes. The goal must belong to the scope: the rep's goals for a "
        + "rep, the goals of the team, its sub-teams and their reps for a team, any goal for the company")
public record RetrospectiveAdjustment(
        @NotNull @Schema(required = true) UUID goalId,
        @NotNull @Schema(required = true, description = "Greater than 0", example = "900000")
        BigDecimal newTargetValue,
        @Size(max = 2000) @Schema(example = "Two reps left in February", nullable = true) String reason) {
}
