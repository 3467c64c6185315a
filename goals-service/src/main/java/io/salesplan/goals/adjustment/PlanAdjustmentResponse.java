package io.salesplan.goals.adjustment;

import io.salesplan.goals.goal.Metric;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanAdjustment", description = "A target change proposed by a closed retrospective.")
public record PlanAdjustmentResponse(
        @Schema(description = "Adjustment id (as review-service assigned it).") UUID id,
        @Schema(description = "The goal whose target would change.") UUID goalId,
        @Schema(description = "The retrospective that proposed it.", nullable = true) UUID retrospectiveId,
        @Schema(description = "The proposed target.", examples = "9000000.00") BigDecimal newTargetValue,
        @Schema(description = "Why.", nullable = true, examples = "Q1 pipeline coverage too thin") String reason,
        @Schema(description = "PENDING, ACCEPTED or REJECTED.") AdjustmentStatus status,
        @Schema(description = "When it was proposed.") Instant proposedAt,
        @Schema(description = "When it was accepted or rejected; null while pending.", nullable = true) Instant decidedAt,
        @Schema(description = "Who proposed it: the token subject of whoever closed the retrospective.",
                examples = "li.wei@example.com") String createdBy,
        @Schema(description = "Who last changed it: the proposer, or whoever accepted or rejected it.",
                examples = "li.wei@example.com") String updatedBy) {

    static PlanAdjustmentResponse from(PlanAdjustment a, Metric metric) {
        return new PlanAdjustmentResponse(a.id, a.goalId, a.retrospectiveId,
                metric == null ? a.newTargetValue : metric.present(a.newTargetValue), a.reason, a.status,
                a.proposedAt, a.decidedAt, a.createdBy, a.updatedBy);
    }
}
