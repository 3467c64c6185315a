package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.config.PipelineConfig;
import io.salesplan.pipeline.pipeline.Pipeline;
import io.salesplan.pipeline.pipeline.PipelineLookup;
import io.salesplan.pipeline.pipeline.PipelineStage;
import io.salesplan.pipeline.pipeline.StageKind;
import io.salesplan.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Puts an opportunity in a stage of its pipeline, on creation and on a move: the stage by its key, the
 * loss the LOST stage needs, and what follows the stage.
 */
@ApplicationScoped
public class StagePlacement {

    private final ForecastMapping forecast;

    public StagePlacement(PipelineConfig config) {
        this.forecast = new ForecastMapping(config.forecast().bestCaseFrom(), config.forecast().commitFrom());
    }

    /** Why a deal was lost: a code of its pipeline and an optional free-text detail. */
    public record Loss(String code, String detail) {
    }

    public ForecastCategory categoryOf(PipelineStage stage) {
        return forecast.categoryOf(stage.kind, stage.probability);
    }

    /**
     * Puts the opportunity in a stage: status, probability, close time, loss and forecast category follow
     * the stage (an open stage's category from its probability, as Salesforce resets it on a stage change).
     */
    public void enter(Opportunity o, PipelineStage stage, Instant at, Loss loss) {
        o.stage = stage.key;
        o.probability = stage.probability;
        o.status = OpportunityStatus.of(stage.kind);
        o.closedAt = stage.kind == StageKind.OPEN ? null : at;
        o.lostReasonCode = loss == null ? null : loss.code();
        o.lostReason = loss == null ? null : loss.detail();
        o.forecastCategory = categoryOf(stage);
    }

    /** The pipeline's stage of that key; a 422 naming the pipeline's stages when it has none. */
    public static PipelineStage stageOf(Pipeline pipeline, String key) {
        return pipeline.stage(key).orElseThrow(() -> ApiException.unknownReference("stage", "pipeline " + pipeline.id
                + " has no stage " + key + "; its stages are " + PipelineLookup.keys(pipeline)));
    }

    /**
     * The loss of a deal entering the stage: a code of the pipeline (required for the LOST stage) with an
     * optional detail; null for any other stage, where neither may be given.
     */
    public static Loss loss(Pipeline pipeline, PipelineStage stage, String code, String detail) {
        String reasonCode = OpportunityInputs.blankToNull(code);
        String text = OpportunityInputs.blankToNull(detail);
        String allowed = String.join(", ", pipeline.lostReasonCodes);
        if (stage.kind != StageKind.LOST) {
            if (reasonCode != null) {
                throw ApiException.invalid("lostReasonCode", "is only allowed with the LOST stage");
            }
            if (text != null) {
                throw ApiException.invalid("lostReason", "is only allowed with the LOST stage");
            }
            return null;
        }
        if (reasonCode == null) {
            throw ApiException.invalid("lostReasonCode", "is required when moving to the LOST stage; allowed values: "
                    + allowed);
        }
        if (!pipeline.lostReasonCodes.contains(reasonCode)) {
            throw ApiException.invalid("lostReasonCode", "unknown value '" + reasonCode + "'; allowed values: "
                    + allowed);
        }
        return new Loss(reasonCode, text);
    }
}
