package io.salesplan.pipeline.pipeline;

import io.salesplan.pipeline.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePipeline")
public record CreatePipelineRequest(
        @Schema(examples = "Enterprise deals", maxLength = 200, required = true)
        @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String name,
        @Schema(description = "Stages in funnel order. When absent the pipeline starts with the default stages "
                + "(INITIAL_CONTACT, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, WON, LOST).")
        @Size(min = 1, max = StageRules.MAX_STAGES) List<@Valid @jakarta.validation.constraints.NotNull StageInput> stages,
        @Schema(description = "The codes a lost deal must give (UPPER_SNAKE_CASE, unique). When absent: PRICE, "
                + "COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER.",
                examples = "[\"PRICE\", \"COMPETITOR\", \"OTHER\"]")
        @Size(min = 1, max = LostReasonCodes.MAX_CODES)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = StageRules.KEY_PATTERN,
                message = "must be UPPER_SNAKE_CASE, e.g. NO_BUDGET") String> lostReasonCodes) {
}
