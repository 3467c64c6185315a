package io.salesplan.pipeline.account;

import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAccount")
public record AccountRequest(
        @Schema(description = "The customer's name", examples = "Shanghai Lianhua Trading Co.", maxLength = 200,
                required = true)
        @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String name,

        @Schema(description = "The customer's industry, optional; segment reports group by it exactly as written "
                + "(surrounding spaces removed)", examples = "Manufacturing", maxLength = 100)
        @Size(max = 100) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String industry,

        @Schema(description = "The customer's region, optional; segment reports group by it exactly as written",
                examples = "East China", maxLength = 100)
        @Size(max = 100) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String region,

        @Schema(description = "The customer's size class, optional") CustomerSize size) {
}
