package io.salesplan.goals.team;

import java.util.UUID;

/** Payload of {@code salesplan.team.created.v1} and {@code salesplan.team.updated.v1}: the whole team. */
public record TeamChangedV1(UUID teamId, String name, UUID parentTeamId, UUID managerId, long version) {

    public static final String CREATED = "salesplan.team.created.v1";
    public static final String UPDATED = "salesplan.team.updated.v1";

    public static TeamChangedV1 of(Team team) {
        return new TeamChangedV1(team.id, team.name, team.parentTeamId, team.managerId, team.version);
    }
}
