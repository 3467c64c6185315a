package io.salesplan.pipeline.pipeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplaceStages", description = "The complete new stage list, in funnel order. A bare JSON array of "
        + "stages is accepted as well.")
public record StagesRequest(
        @Schema(required = true)
        @NotNull @Size(min = 1, max = StageRules.MAX_STAGES) List<@Valid @NotNull StageInput> stages) {
}
