package io.salesplan.pipeline.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplaceLostReasonCodes", description = "The complete new list of lost-reason codes")
public record LostReasonsRequest(
        @Schema(description = "UPPER_SNAKE_CASE codes, unique, 1 to 50, in the order people should see them",
                examples = "[\"PRICE\", \"COMPETITOR\", \"NO_BUDGET\", \"NO_DECISION\", \"TIMING\", \"OTHER\"]",
                required = true)
        @NotNull @Size(min = 1, max = LostReasonCodes.MAX_CODES)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = StageRules.KEY_PATTERN,
                message = "must be UPPER_SNAKE_CASE, e.g. NO_BUDGET") String> codes) {
}
