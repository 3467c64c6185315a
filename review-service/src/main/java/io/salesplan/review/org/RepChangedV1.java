package io.salesplan.review.org;

import java.util.UUID;

/** Payload of {@code salesplan.rep.created.v1} and {@code salesplan.rep.updated.v1}. */
public record RepChangedV1(UUID repId, String name, String email, UUID teamId, Boolean active, Long version) {
}
