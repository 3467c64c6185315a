package io.salesplan.review.retrospective;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ForecastCallAccuracy", description = "How the scope's forecast calls for the period turned out: "
        + "only the latest call of each ISO week counts")
public record CallAccuracy(
        @Schema(description = "Counted calls (the latest of each week)", example = "6") int calls,
        @Schema(description = "The amount of the last call; null without calls", example = "2300000.00",
                nullable = true)
        BigDecimal lastCall,
        @Schema(description = "Revenue won in the period; null until it has ended", example = "2070000.00",
                nullable = true)
        BigDecimal actual,
        @Schema(description = "actual ÷ the last call, 4 decimals; null until the period has ended",
                example = "0.9", nullable = true) BigDecimal lastAccuracy,
        @Schema(description = "The mean of actual ÷ call over the counted calls, 4 decimals; null until the "
                + "period has ended", example = "0.8512", nullable = true) BigDecimal meanAccuracy) {
}
