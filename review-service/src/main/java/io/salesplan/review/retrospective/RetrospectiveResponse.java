package io.salesplan.review.retrospective;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retrospective as the API returns it. */
@Schema(name = "Retrospective")
public record RetrospectiveResponse(
        UUID id,
        @Schema(enumeration = {"WEEKLY", "MONTHLY", "QUARTERLY"}) Cadence cadence,
        @Schema(enumeration = {"REP", "TEAM", "COMPANY"}) String scopeType,
        @Schema(description = "null for the company", nullable = true) UUID scopeId,
        @Schema(example = "2026-Q1") String period,
        @Schema(enumeration = {"OPEN", "CLOSED"}) RetrospectiveStatus status,
        RetrospectiveSnapshot snapshot,
        @Schema(description = "Draft findings in plain words, from the snapshot",
                example = "[\"REVENUE_WON is 35 % behind pace\"]") List<String> findings,
        @Schema(description = "Free notes; null until someone writes some", nullable = true) String notes,
        List<String> causes,
        List<RetrospectiveAction> actions,
        @Schema(description = "Who created it: the subject (sub) of their token",
                example = "li.wei@example.com") String createdBy,
        @Schema(description = "Who last changed or closed it: the subject (sub) of their "
                + "token; 'unknown' for retrospectives from before sign-in existed",
                example = "li.wei@example.com") String updatedBy) {
}
