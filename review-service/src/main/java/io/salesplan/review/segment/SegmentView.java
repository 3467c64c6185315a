package io.salesplan.review.segment;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Segments", description = "Which customers convert: the cohort of opportunities created in [from, to] "
        + "by the owner, grouped by the profile their account had when each was created")
public record SegmentView(
        @Schema(enumeration = {"industry", "region", "size"}, examples = "industry") String dimension,
        @Schema(examples = "2026-01-01") LocalDate from,
        @Schema(examples = "2026-03-31") LocalDate to,
        @Schema(examples = "2026-03-31") LocalDate asOf,
        @Schema(description = "Closed (won + lost) deals a segment needs to be best or worst", examples = "5")
        int minDeals,
        @Schema(description = "The reporting currency of the money figures", examples = "CNY") String currency,
        @Schema(description = "One row per segment, by name (the one without a value last)") List<SegmentRow> items,
        @Schema(description = "The segment with the highest win rate among those with at least minDeals closed "
                + "deals (ties: more closed deals, then name); the one without a value never counts; null unless "
                + "at least two segments qualify", examples = "Manufacturing", nullable = true) String best,
        @Schema(description = "The segment with the lowest win rate among the same (ties: more closed deals, then "
                + "name); null unless at least two segments qualify", examples = "Retail",
                nullable = true) String worst) {
}
