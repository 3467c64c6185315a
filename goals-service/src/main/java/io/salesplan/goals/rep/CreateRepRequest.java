package io.salesplan.goals.rep;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewRep", description = "A rep to create.")
public record CreateRepRequest(
        @Schema(description = "Full name.", examples = "Li Wei", maxLength = 200, required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "E-mail address, unique across reps regardless of case (a duplicate is a 409).",
                examples = "li.wei@example.com", maxLength = 320, required = true)
        @NotBlank @Email @Size(max = 320) String email,
        @Schema(description = "The rep's team; an unknown team is a 422.", required = true,
                examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60")
        @NotNull UUID teamId,
        @Schema(description = "Whether the rep is active (default true). Inactive reps get no share when a team goal is decomposed.",
                examples = "true", defaultValue = "true")
        Boolean active) {
}
