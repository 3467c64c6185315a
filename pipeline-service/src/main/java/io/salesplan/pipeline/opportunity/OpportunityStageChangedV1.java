package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.account.Profile;
import io.salesplan.pipeline.pipeline.StageKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code salesplan.opportunity.stage-changed.v1}: the whole state after the move (as in
 * {@link OpportunityEventV1}) plus the stages and kinds on both sides and the business time of the move.
 */
public record OpportunityStageChangedV1(UUID opportunityId, String name, UUID accountId, UUID ownerId, UUID teamId,
        UUID pipelineId, String stage, StageKind stageKind, OpportunityStatus status, BigDecimal amount,
        LocalDate expectedCloseDate, OffsetDateTime createdAt, OffsetDateTime closedAt, String lostReasonCode,
        String lostReason, ForecastCategory forecastCategory, Profile accountProfile, String source, long version,
        String fromStage, StageKind fromKind, String toStage, StageKind toKind, OffsetDateTime at) {

    public static final String TYPE = "salesplan.opportunity.stage-changed.v1";

    static OpportunityStageChangedV1 from(OpportunityEventV1 s, String fromStage, StageKind fromKind, OffsetDateTime at) {
        return new OpportunityStageChangedV1(s.opportunityId(), s.name(), s.accountId(), s.ownerId(), s.teamId(),
                s.pipelineId(), s.stage(), s.stageKind(), s.status(), s.amount(), s.expectedCloseDate(),
                s.createdAt(), s.closedAt(), s.lostReasonCode(), s.lostReason(), s.forecastCategory(),
                s.accountProfile(), s.source(), s.version(), fromStage, fromKind, s.stage(), s.stageKind(), at);
    }
}
