package io.salesplan.pipeline.account;

import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatchAccount", description = "Fields to change (JSON merge patch): absent fields stay as they are; "
        + "null clears industry, region or size and leaves name as it is.")
public record AccountPatchRequest(
        @Schema(examples = "Lianhua Group", maxLength = 200)
        @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,

        @Schema(description = "The customer's industry; opportunities created before the change keep the old one",
                examples = "Manufacturing", maxLength = 100, nullable = true)
        @Size(max = 100) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String industry,

        @Schema(description = "The customer's region; opportunities created before the change keep the old one",
                examples = "East China", maxLength = 100, nullable = true)
        @Size(max = 100) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String region,

        @Schema(description = "The customer's size class; opportunities created before the change keep the old one",
                nullable = true)
        CustomerSize size) {
}
