package io.salesplan.review.lostreason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LostReasons", description = "Why deals are lost: the owner's deals lost in [from, to], by code")
public record LostReasonView(
        @Schema(examples = "2026-01-01") LocalDate from,
        @Schema(examples = "2026-03-31") LocalDate to,
        @Schema(examples = "2026-03-31") LocalDate asOf,
        @Schema(description = "The reporting currency of the amounts", examples = "CNY") String currency,
        @Schema(description = "All deals lost in the window", examples = "30") long lost,
        @Schema(description = "Σ amount of all deals lost in the window, 2 decimals", examples = "2400000.00")
        BigDecimal amount,
        @Schema(description = "One row per code, most frequent first (ties: larger amount, then code)")
        List<LostReasonRow> items) {
}
