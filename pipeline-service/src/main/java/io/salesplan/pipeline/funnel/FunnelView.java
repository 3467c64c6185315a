package io.salesplan.pipeline.funnel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Funnel", description = "Open opportunities per open stage, in pipeline order, with totals.")
public record FunnelView(
        UUID pipelineId,
        @Schema(description = "The reporting currency of the amounts", examples = "CNY") String currency,
        List<StageRow> stages,
        Totals totals) {

    @Schema(name = "FunnelStage")
    public record StageRow(
            @Schema(examples = "PROPOSAL") String stage,
            @Schema(description = "Open opportunities in the stage", examples = "4") long count,
            @Schema(description = "Sum of their amounts", examples = "400000.00") BigDecimal amount,
            @Schema(description = "amount × the stage's probability, rounded to 2 decimals", examples = "200000.00")
            BigDecimal weightedAmount) {
    }

    @Schema(name = "FunnelTotals")
    public record Totals(long count, BigDecimal amount, BigDecimal weightedAmount) {
    }

    static FunnelView from(UUID pipelineId, String currency, Funnel.Result result) {
        return new FunnelView(pipelineId, currency,
                result.stages().stream()
                        .map(r -> new StageRow(r.stage(), r.count(), r.amount(), r.weightedAmount())).toList(),
                new Totals(result.count(), result.amount(), result.weightedAmount()));
    }
}
