package io.salesplan.pipeline.org;

import java.util.UUID;

/** Payload of {@code salesplan.team.created.v1} / {@code salesplan.team.updated.v1} from goals-service. */
public record TeamEventV1(UUID teamId, String name, UUID parentTeamId, UUID managerId, Long version) {
}
