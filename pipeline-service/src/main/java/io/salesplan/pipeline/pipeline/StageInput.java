package io.salesplan.pipeline.pipeline;

import jakarta.validation.constraints.DecimalMax;
import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageInput", description = "One stage of a pipeline, in funnel order.")
public record StageInput(
        @Schema(description = "Stable identifier of the stage, UPPER_SNAKE_CASE; opportunities refer to it. "
                + "Keep the key to rename a stage (change name only).", examples = "NEEDS_ANALYSIS", maxLength = 64,
                pattern = StageRules.KEY_PATTERN, required = true)
        @NotBlank @Size(max = 64)
        @Pattern(regexp = StageRules.KEY_PATTERN, message = "must be UPPER_SNAKE_CASE, e.g. NEEDS_ANALYSIS")
        String key,

        @Schema(description = "Display name; derived from the key when absent (NEEDS_ANALYSIS → Needs analysis).",
                examples = "Needs analysis", maxLength = 200)
        @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE)
        String name,

        @Schema(description = "OPEN (default), WON or LOST. A pipeline has at least one OPEN stage and exactly one "
                + "WON and one LOST stage.", defaultValue = "OPEN")
        StageKind kind,

        @Schema(description = "Chance that a deal in this stage is won, from 0 to 1 (at most 4 decimals). "
                + "The WON stage must be 1 and the LOST stage 0.", examples = "0.25", minimum = "0", maximum = "1",
                required = true)
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        BigDecimal probability) {
}
