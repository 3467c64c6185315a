package io.salesplan.goals.team;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the team API. */
public final class TeamDtos {

    private TeamDtos() {
    }

    @Schema(name = "NewTeam", description = "A team to create.")
    public record NewTeam(
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

    /**
     * A class rather than a record: {@code "parentTeamId": null} (make the team top-level) must be
     * told apart from a request that does not mention the parent at all.
     */
    @Schema(name = "TeamChanges", description = "Fields to change; absent fields stay as they are. "
            + "parentTeamId: null makes the team top-level; a parent that is the team itself or one of its sub-teams is a 409. "
            + "managerId: null removes the manager.")
    public static final class TeamChanges {

        @Schema(description = "New display name.", examples = "East China Key Accounts", maxLength = 200)
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        private String name;

        @Schema(description = "New parent team; null for top level.", nullable = true,
                examples = "6c1f3f7e-2b0a-4a57-9e0d-3d2f8b6a9c11")
        private UUID parentTeamId;

        @JsonIgnore
        private boolean parentTeamIdGiven;

        @Schema(description = "New manager (a rep id); null for none.", nullable = true,
                examples = "2f4c8a1e-5b7d-4e3a-9c6f-1a2b3c4d5e6f")
        private UUID managerId;

        @JsonIgnore
        private boolean managerIdGiven;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public UUID getParentTeamId() {
            return parentTeamId;
        }

        public void setParentTeamId(UUID parentTeamId) {
            this.parentTeamId = parentTeamId;
            this.parentTeamIdGiven = true;
        }

        /** Whether the request mentioned parentTeamId, null included. */
        public boolean parentTeamIdGiven() {
            return parentTeamIdGiven;
        }

        public UUID getManagerId() {
            return managerId;
        }

        public void setManagerId(UUID managerId) {
            this.managerId = managerId;
            this.managerIdGiven = true;
        }

        /** Whether the request mentioned managerId, null included. */
        public boolean managerIdGiven() {
            return managerIdGiven;
        }
    }

    @Schema(name = "Team", description = "A sales team. Teams nest through parentTeamId.")
    public record TeamResponse(
            @Schema(description = "Team id.", examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60") UUID id,
            @Schema(description = "Display name.", examples = "East China") String name,
            @Schema(description = "Parent team, null for a top-level team.", nullable = true) UUID parentTeamId,
            @Schema(description = "The rep who manages the team, null for none.", nullable = true) UUID managerId,
            @Schema(description = "Grows by one with every change; the ETag carries it.", examples = "0") long version) {

        public static TeamResponse from(Team team) {
            return new TeamResponse(team.id(), team.name(), team.parentTeamId(), team.managerId(), team.version());
        }
    }
}
