package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.account.Profile;
import io.salesplan.pipeline.pipeline.StageKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code salesplan.opportunity.created.v1} and {@code salesplan.opportunity.updated.v1}: the whole
 * state. {@code lostReasonCode}, {@code forecastCategory} and {@code accountProfile} were added compatibly.
 */
public record OpportunityEventV1(UUID opportunityId, String name, UUID accountId, UUID ownerId, UUID teamId,
        UUID pipelineId, String stage, StageKind stageKind, OpportunityStatus status, BigDecimal amount,
        LocalDate expectedCloseDate, OffsetDateTime createdAt, OffsetDateTime closedAt, String lostReasonCode,
        String lostReason, ForecastCategory forecastCategory, Profile accountProfile, String source, long version) {

    public static final String CREATED = "salesplan.opportunity.created.v1";
    public static final String UPDATED = "salesplan.opportunity.updated.v1";

    static OpportunityEventV1 from(Opportunity o, UUID teamId, StageKind stageKind) {
        return new OpportunityEventV1(o.id, o.name, o.accountId, o.ownerId, teamId, o.pipelineId, o.stage, stageKind,
                o.status, o.amount, o.expectedCloseDate, OpportunityResponse.utc(o.createdAt),
                OpportunityResponse.utc(o.closedAt), o.lostReasonCode, o.lostReason, o.forecastCategory,
                o.accountProfile(), o.source, o.version);
    }
}
