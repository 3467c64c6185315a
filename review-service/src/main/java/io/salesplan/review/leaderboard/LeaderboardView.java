package io.salesplan.review.leaderboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Leaderboard", description = "The team's reps (with its sub-teams, as the org is now) that have a goal "
        + "of the metric for exactly the period, ranked")
public record LeaderboardView(List<Row> items) {

    @Schema(name = "LeaderboardRow")
    public record Row(
            @Schema(description = "1 is best: highest attainment, ties broken by the higher actual; reps equal on "
                    + "both share a rank (1, 2, 2, 4); reps without attainment come last", example = "1") int rank,
            UUID repId,
            @Schema(example = "600000.00") BigDecimal target,
            @Schema(description = "As in the goal's variance on asOf; null for a ratio metric without a closed deal",
                    example = "450000.00", nullable = true) BigDecimal actual,
            @Schema(description = "actual ÷ target (4 decimals); null for a zero target or a ratio metric without a "
                    + "closed deal", example = "0.75", nullable = true) BigDecimal attainment) {
    }
}
