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
        @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String name) {
}
