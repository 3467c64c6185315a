package io.salesplan.review.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code salesplan.opportunity.stage-changed.v1} (OpportunityStageChangedV1 in docs/asyncapi.yaml):
 * the opportunity's state after the move, as {@link OpportunityChangedV1} reads it, plus the move.
 */
public record OpportunityStageChangedV1(
        UUID opportunityId,
        UUID ownerId,
        UUID teamId,
        UUID pipelineId,
        String stage,
        String stageKind,
        String status,
        BigDecimal amount,
        LocalDate expectedCloseDate,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        String lostReasonCode,
        String forecastCategory,
        OpportunityChangedV1.AccountProfile accountProfile,
        String fromStage,
        String fromKind,
        String toStage,
        String toKind,
        OffsetDateTime at,
        Long version) {

    /** The state after the move. */
    public OpportunityChangedV1 state() {
        return new OpportunityChangedV1(opportunityId, ownerId, teamId, pipelineId, stage, stageKind, status, amount,
                expectedCloseDate, createdAt, closedAt, lostReasonCode, forecastCategory, accountProfile, version);
    }
}
