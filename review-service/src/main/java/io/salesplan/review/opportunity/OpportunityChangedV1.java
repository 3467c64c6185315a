package io.salesplan.review.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code salesplan.opportunity.created|updated.v1} (OpportunityV1 in docs/asyncapi.yaml): the
 * opportunity's state. {@code lostReasonCode}, {@code forecastCategory} and {@code accountProfile} arrived
 * compatibly in v1: older events lack them. The stage-changed event reads as {@link OpportunityStageChangedV1}.
 */
public record OpportunityChangedV1(
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
        AccountProfile accountProfile,
        Long version) {

    /** The account's profile when the opportunity was created; each part may be null, and so may the whole. */
    public record AccountProfile(String industry, String region, String size) {
    }
}
