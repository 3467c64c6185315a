package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageMove")
public record StageMoveRequest(
        @Schema(description = "Target stage key of the opportunity's pipeline; any stage may be skipped",
                examples = "PROPOSAL", required = true)
        @NotBlank @Size(max = 64) String stage,
        @Schema(description = "Business time of the move, default now. Back-fills history: never in the future, "
                + "never before the opportunity was created or before its previous move.",
                examples = "2026-03-02T09:15:00Z")
        OffsetDateTime at,
        @Schema(description = "Required when moving to the LOST stage, not allowed otherwise: one of the pipeline's "
                + "lost-reason codes (default PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER); another is a "
                + "400 naming them", examples = "COMPETITOR", maxLength = 64)
        @Size(max = 64) String lostReasonCode,
        @Schema(description = "Free-text detail of the loss, optional, only with lostReasonCode", maxLength = 1000,
                examples = "Chose a competitor on price")
        @Size(max = 1000) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String lostReason,
        @Schema(description = "Final amount, only when moving to the WON stage", examples = "118000.00", minimum = "0")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "must have at most 17 digits and 2 decimals") BigDecimal amount) {
}
