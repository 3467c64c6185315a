package io.salesplan.review.retrospective;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code salesplan.retrospective.closed.v1}; {@code adjustments} counts the proposals sent with it and
 * {@code version} is the closed retrospective's (its ETag; added compatibly to v1).
 */
public record RetrospectiveClosedV1(UUID retrospectiveId, String cadence, String scopeType, UUID scopeId,
        String period, OffsetDateTime closedAt, int adjustments, long version) {

    public static final String TYPE = "salesplan.retrospective.closed.v1";
}
