package io.salesplan.review.org;

import java.util.UUID;

/** Payload of {@code salesplan.team.created.v1} and {@code salesplan.team.updated.v1}. */
public record TeamChangedV1(UUID teamId, String name, UUID parentTeamId, UUID managerId, Long version) {
}
