package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateOpportunity")
public record OpportunityRequest(
        @Schema(examples = "Lianhua CRM rollout 2026", maxLength = 200, required = true)
        @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String name,

        @Schema(description = "An existing account; unknown → 422", required = true)
        @NotNull UUID accountId,

        @Schema(description = "A rep of goals-service; unknown → 422, goals-service unreachable for a rep not "
                + "yet known here → 503 with Retry-After", required = true)
        @NotNull UUID ownerId,

        @Schema(description = "Default: the default pipeline. Unknown → 422.")
        UUID pipelineId,

        @Schema(description = "Stage key of the pipeline; default: its first OPEN stage. Unknown → 422. A WON or "
                + "LOST stage creates a closed deal (closedAt = createdAt; LOST needs lostReasonCode).",
                examples = "INITIAL_CONTACT", maxLength = 64)
        @Size(max = 64) String stage,

        @Schema(description = "Deal value in the reporting currency, at most 2 decimals; default 0",
                examples = "120000.00", minimum = "0")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "must have at most 17 digits and 2 decimals") BigDecimal amount,

        @Schema(description = "YYYY-MM-DD", examples = "2026-06-30")
        LocalDate expectedCloseDate,

        @Schema(description = "Where the deal came from", examples = "REFERRAL", maxLength = 100)
        @Size(max = 100) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String source,

        @Schema(description = "When the deal was created, for integrations importing history from another CRM; "
                + "default now; never in the future", examples = "2026-01-15T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(description = "Required when created directly in the LOST stage, not allowed otherwise: one of the "
                + "pipeline's lost-reason codes (GET /api/v1/pipelines/{id}); another is a 400 naming them",
                examples = "COMPETITOR", maxLength = 64)
        @Size(max = 64) String lostReasonCode,

        @Schema(description = "Free-text detail of the loss, only with lostReasonCode", maxLength = 1000)
        @Size(max = 1000) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String lostReason,

        @Schema(description = "The owner's forecast call for an open deal; default from its stage's probability "
                + "(with the default settings COMMIT from 0.75, BEST_CASE from 0.50, else PIPELINE). Not allowed "
                + "for a deal created won or lost, which is CLOSED or OMITTED.")
        OpenForecastCategory forecastCategory) {
}
