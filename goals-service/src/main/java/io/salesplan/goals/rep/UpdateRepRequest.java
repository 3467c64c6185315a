package io.salesplan.goals.rep;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RepChanges", description = "Fields to change; absent (or null) fields stay as they are. Changing teamId moves the rep to another team.")
public record UpdateRepRequest(
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
