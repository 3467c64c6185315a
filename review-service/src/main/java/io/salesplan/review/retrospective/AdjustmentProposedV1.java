package io.salesplan.review.retrospective;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code salesplan.adjustment.proposed.v1}; goals-service decodes the same fields. A proposal is
 * announced once and never changed here, so its {@code version} is always {@link #FIRST_VERSION} (added
 * compatibly to v1: every payload carries a version, docs/events.md).
 */
public record AdjustmentProposedV1(UUID adjustmentId, UUID retrospectiveId, UUID goalId, BigDecimal newTargetValue,
        String reason, OffsetDateTime proposedAt, long version) {

    public static final String TYPE = "salesplan.adjustment.proposed.v1";
    public static final long FIRST_VERSION = 0;
}
