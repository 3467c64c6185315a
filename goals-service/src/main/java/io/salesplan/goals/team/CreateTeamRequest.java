package io.salesplan.goals.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewTeam", description = "A team to create.")
public record CreateTeamRequest(
        @Schema(description = "Display name.", examples = "East China", maxLength = 200, required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The team this one belongs to; absent or null for a top-level team. An unknown team is a 422.",
                examples = "6c1f3f7e-2b0a-4a57-9e0d-3d2f8b6a9c11", nullable = true)
        UUID parentTeamId,
        @Schema(description = "The rep who manages the team (a rep record may stand for a manager who carries no quota). "
                + "Their scope is this team, all its sub-teams and their reps. Absent or null for none; an unknown or inactive rep is a 422.",
                examples = "2f4c8a1e-5b7d-4e3a-9c6f-1a2b3c4d5e6f", nullable = true)
        UUID managerId) {
}
