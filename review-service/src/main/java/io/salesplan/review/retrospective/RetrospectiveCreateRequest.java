package io.salesplan.review.retrospective;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/retrospectives. */
@Schema(name = "RetrospectiveCreate", description = "A new retrospective: its cadence, scope and period")
public record RetrospectiveCreateRequest(
        @Schema(required = true, enumeration = {"WEEKLY", "MONTHLY", "QUARTERLY"}, example = "QUARTERLY")
        String cadence,
        @Schema(required = true, enumeration = {"REP", "TEAM", "COMPANY"}, example = "TEAM") String scopeType,
        @Schema(description = "The rep or team; null for the company") String scopeId,
        @Schema(required = true, description = "Must match the cadence: 2026-W10 for WEEKLY, 2026-03 for "
                + "MONTHLY, 2026-Q1 for QUARTERLY", example = "2026-Q1") String period) {
}
