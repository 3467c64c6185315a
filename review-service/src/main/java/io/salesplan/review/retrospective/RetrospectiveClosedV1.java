package io.salesplan.review.retrospective;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of {@code salesplan.retrospective.closed.v1}; {@code adjustments} counts the proposals sent with it. */
public record RetrospectiveClosedV1(UUID retrospectiveId, String cadence, String scopeType, UUID scopeId,
        String period, OffsetDateTime closedAt, int adjustments) {

    public static final String TYPE = "salesplan.retrospective.closed.v1";
}
