package io.salesplan.goals.rep;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the rep API. */
public final class RepDtos {

    private RepDtos() {
    }

    @Schema(name = "NewRep", description = "A rep to create.")
    public record NewRep(
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

    @Schema(name = "RepChanges", description = "Fields to change; absent (or null) fields stay as they are. Changing teamId moves the rep to another team.")
    public record RepChanges(
            @Schema(description = "New full name.", examples = "Li Wei", maxLength = 200)
            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Schema(description = "New e-mail address; one another rep has is a 409.", examples = "wei.li@example.com")
            @Email @Size(min = 3, max = 320) String email,
            @Schema(description = "The team the rep moves to; an unknown team is a 422.",
                    examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60")
            UUID teamId,
            @Schema(description = "false deactivates the rep (they keep their history), true reactivates.", examples = "false")
            Boolean active) {
    }

    @Schema(name = "Rep", description = "A sales representative.")
    public record RepResponse(
            @Schema(description = "Rep id.", examples = "3d6f1a2b-9c4e-4f8a-b1d2-7e5c6a9b0f13") UUID id,
            @Schema(description = "Full name.", examples = "Li Wei") String name,
            @Schema(description = "E-mail address.", examples = "li.wei@example.com") String email,
            @Schema(description = "The rep's team.", examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60") UUID teamId,
            @Schema(description = "Whether the rep is active.", examples = "true") boolean active,
            @Schema(description = "Grows by one with every change; the ETag carries it.", examples = "0") long version) {

        public static RepResponse from(Rep rep) {
            return new RepResponse(rep.id(), rep.name(), rep.email(), rep.teamId(), rep.active(), rep.version());
        }
    }
}
