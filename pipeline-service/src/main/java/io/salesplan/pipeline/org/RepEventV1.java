package io.salesplan.pipeline.org;

import java.util.UUID;

/** Payload of {@code salesplan.rep.created.v1} / {@code salesplan.rep.updated.v1} from goals-service. */
public record RepEventV1(UUID repId, String name, String email, UUID teamId, Boolean active, Long version) {
}
