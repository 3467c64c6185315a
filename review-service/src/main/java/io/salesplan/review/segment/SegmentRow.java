package io.salesplan.review.segment;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SegmentRow", description = "One segment: the opportunities created in the window whose account "
        + "had this value when they were created")
public record SegmentRow(
        @Schema(description = "The value (an industry, a region, or SMALL/MID/LARGE/ENTERPRISE); null for "
                + "opportunities whose account had none", examples = "Manufacturing", nullable = true) String segment,
        @Schema(description = "Opportunities created in the window", examples = "40") long created,
        @Schema(description = "Of those, won by asOf", examples = "12") long won,
        @Schema(description = "Of those, lost by asOf", examples = "16") long lost,
        @Schema(description = "won ÷ (won + lost), 4 decimals; null while none closed", examples = "0.4286",
                nullable = true)
        BigDecimal winRate,
        @Schema(description = "revenueWon ÷ won, 2 decimals; null while none won", examples = "150000.00",
                nullable = true)
        BigDecimal averageDealSize,
        @Schema(description = "Mean days from creation to win over the won ones (Σ (closing day − creation day) "
                + "÷ won), 2 decimals; null while none won", examples = "41.50",
                nullable = true) BigDecimal meanCycleDays,
        @Schema(description = "Σ amount of the won ones (latest known amount), 2 decimals", examples = "1800000.00")
        BigDecimal revenueWon,
        @Schema(description = "Activities logged on the won ones up to asOf (by anyone) ÷ won, 2 decimals; null "
                + "while none won", examples = "11.25", nullable = true) BigDecimal activitiesPerWonDeal) {
}
