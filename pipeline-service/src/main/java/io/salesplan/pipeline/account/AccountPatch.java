package io.salesplan.pipeline.account;

import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatchAccount", description = "Fields to change; absent or null fields stay as they are.")
public record AccountPatch(
        @Schema(examples = "Lianhua Group", maxLength = 200)
        @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name) {
}
