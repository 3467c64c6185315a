package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.account.Profile;
import io.salesplan.pipeline.pipeline.StageRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Opportunity")
public record OpportunityResponse(
        UUID id,
        @Schema(examples = "Lianhua CRM rollout 2026") String name,
        UUID accountId,
        UUID ownerId,
        UUID pipelineId,
        @Schema(examples = "PROPOSAL") String stage,
        OpportunityStatus status,
        @Schema(examples = "120000.00") BigDecimal amount,
        @Schema(description = "The reporting currency of amount", examples = "CNY") String currency,
        @Schema(description = "The probability of the current stage", examples = "0.50") BigDecimal probability,
        @Schema(description = "YYYY-MM-DD; null when not set", nullable = true) LocalDate expectedCloseDate,
        @Schema(description = "Where the deal came from; null when not set", examples = "REFERRAL", nullable = true)
        String source,
        OffsetDateTime createdAt,
        @Schema(description = "When it was won or lost; null while open", nullable = true) OffsetDateTime closedAt,
        @Schema(description = "Why it was lost: one of its pipeline's lost-reason codes; null unless LOST",
                examples = "PRICE", nullable = true) String lostReasonCode,
        @Schema(description = "Free-text detail of the loss; null unless LOST (and optional then)",
                examples = "Chose a competitor 8 % cheaper", nullable = true) String lostReason,
        @Schema(description = "PIPELINE, BEST_CASE or COMMIT while open; CLOSED when won, OMITTED when lost")
        ForecastCategory forecastCategory,
        @Schema(description = "The customer profile its account had when the opportunity was created (or moved to "
                + "another account); later changes to the account leave it as it was, so reports by segment keep "
                + "their history") Profile accountProfile,
        OffsetDateTime updatedAt,
        @Schema(description = "Who created it: the subject (sub) of the caller's token",
                examples = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f") String createdBy,
        @Schema(description = "Who last changed or moved it: the subject (sub) of the caller's token; "
                + "createdBy until the first change",
                examples = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f") String updatedBy,
        @Schema(description = "Grows by one with every change; the ETag carries it.") long version) {

    static OpportunityResponse from(Opportunity o, String currency) {
        return new OpportunityResponse(o.id, o.name, o.accountId, o.ownerId, o.pipelineId, o.stage, o.status,
                o.amount, currency, StageRules.display(o.probability), o.expectedCloseDate, o.source, utc(o.createdAt),
                utc(o.closedAt), o.lostReasonCode, o.lostReason, o.forecastCategory, o.accountProfile(),
                utc(o.updatedAt), o.createdBy, o.updatedBy, o.version);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
