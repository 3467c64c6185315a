package io.salesplan.pipeline.pipeline;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stage")
public record StageResponse(
        @Schema(examples = "NEEDS_ANALYSIS") String key,
        @Schema(examples = "Needs analysis") String name,
        StageKind kind,
        @Schema(examples = "0.25") BigDecimal probability,
        @Schema(description = "0-based order in the funnel", examples = "1") int position) {

    static StageResponse from(PipelineStage stage, int position) {
        return new StageResponse(stage.key, stage.name, stage.kind, StageRules.display(stage.probability), position);
    }
}
