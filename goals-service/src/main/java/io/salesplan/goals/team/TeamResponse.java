package io.salesplan.goals.team;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Team", description = "A sales team. Teams nest through parentTeamId.")
public record TeamResponse(
        @Schema(description = "Team id.", examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60") UUID id,
        @Schema(description = "Display name.", examples = "East China") String name,
        @Schema(description = "Parent team, null for a top-level team.", nullable = true) UUID parentTeamId,
        @Schema(description = "The rep who manages the team, null for none.", nullable = true) UUID managerId,
        @Schema(description = "Grows by one with every change; the ETag carries it.", examples = "0") long version) {

    public static TeamResponse from(Team team) {
        return new TeamResponse(team.id, team.name, team.parentTeamId, team.managerId, team.version);
    }
}
