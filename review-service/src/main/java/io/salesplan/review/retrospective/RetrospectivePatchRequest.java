package io.salesplan.review.retrospective;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PATCH /api/v1/retrospectives/{id}. */
@Schema(name = "RetrospectivePatch", description = "What people add to an open retrospective; a field left "
        + "out (or null) keeps its value, a list given replaces the stored list")
public record RetrospectivePatchRequest(
        @Size(max = 20000) @Schema(description = "Free notes") String notes,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> causes,
        @Size(max = 100) List<@Valid @NotNull RetrospectiveAction> actions) {
}
