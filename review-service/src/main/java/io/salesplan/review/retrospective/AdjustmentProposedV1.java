package io.salesplan.review.retrospective;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of {@code salesplan.adjustment.proposed.v1}; goals-service decodes the same fields. */
public record AdjustmentProposedV1(UUID adjustmentId, UUID retrospectiveId, UUID goalId, BigDecimal newTargetValue,
        String reason, OffsetDateTime proposedAt) {

    public static final String TYPE = "salesplan.adjustment.proposed.v1";
}
