package io.salesplan.review.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ForecastSubmission", description = "A forecast call as submitted, and once its period has ended how "
        + "it compares with what was won")
public record ForecastSubmissionResponse(
        UUID id,
        @Schema(enumeration = {"COMPANY", "TEAM", "REP"}, examples = "TEAM") String ownerType,
        @Schema(description = "Team or rep id; null for the company", nullable = true) UUID ownerId,
        @Schema(examples = "2026-Q2") String period,
        @Schema(examples = "2026-04-01") LocalDate periodStart,
        @Schema(examples = "2026-06-30") LocalDate periodEnd,
        @Schema(description = "The revenue the call expects", examples = "2300000.00") BigDecimal amount,
        @Schema(description = "The reporting currency of amount and actual", examples = "CNY") String currency,
        @Schema(description = "Why, in the submitter's words; may be null", nullable = true) String note,
        @Schema(description = "When it was submitted") OffsetDateTime submittedAt,
        @Schema(description = "Who submitted it: the subject (sub) of their token", examples = "li.wei@example.com")
        String submittedBy,
        @Schema(description = "The ISO week of submittedAt in the deployment's time zone", examples = "2026-W20")
        String week,
        @Schema(description = "True when a later call for the same owner and period was submitted in the same week: "
                + "only the latest call of each week counts") boolean superseded,
        @Schema(description = "Revenue the owner won in the period; null until the period has ended",
                examples = "2070000.00", nullable = true) BigDecimal actual,
        @Schema(description = "actual ÷ amount, 4 decimals (1 is a perfect call, below 1 the call was too high); null "
                + "until the period has ended, and for a call of 0", examples = "0.9",
                nullable = true) BigDecimal accuracy) {
}
