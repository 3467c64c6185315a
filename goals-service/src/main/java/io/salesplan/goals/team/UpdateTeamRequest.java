package io.salesplan.goals.team;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A class rather than a record: {@code "parentTeamId": null} (make the team top-level) must be
 * told apart from a request that does not mention the parent at all.
 */
@Schema(name = "TeamChanges", description = "Fields to change; absent fields stay as they are. "
        + "parentTeamId: null makes the team top-level; a parent that is the team itself or one of its sub-teams is a 409. "
        + "managerId: null removes the manager.")
public final class UpdateTeamRequest {

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
