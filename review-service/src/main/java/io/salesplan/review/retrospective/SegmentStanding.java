package io.salesplan.review.retrospective;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SegmentStanding", description = "How one segment converts against the rest of the cohort")
public record SegmentStanding(
        @Schema(description = "The segment's value", example = "Manufacturing") String segment,
        @Schema(description = "won ÷ (won + lost) of the segment's deals, 4 decimals", example = "0.42")
        BigDecimal winRate,
        @Schema(description = "The segment's closed deals (won + lost)", example = "24") long closed,
        @Schema(description = "won ÷ (won + lost) of every other deal of the cohort (those without a value "
                + "included), 4 decimals; null when none closed", example = "0.18",
                nullable = true) BigDecimal winRateElsewhere) {
}
