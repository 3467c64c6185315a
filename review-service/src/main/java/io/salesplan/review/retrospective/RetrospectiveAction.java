package io.salesplan.review.retrospective;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetrospectiveAction", description = "Something someone will do, optionally proposing a new "
        + "target for a goal of the scope")
public record RetrospectiveAction(
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "Two more demos a week per rep")
        String description,
        @Schema(description = "Who does it (a rep)", nullable = true) UUID ownerId,
        @Schema(description = "By when", example = "2026-04-15", nullable = true) LocalDate dueDate,
        @Schema(nullable = true) @Valid RetrospectiveAdjustment adjustment) {
}
