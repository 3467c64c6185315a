package io.salesplan.review.pipeline;

import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.review.conversion.ConversionAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each pipeline's latest stage definition (order, kinds, probabilities), and rewrites the conversion
 * aggregates that depend on it.
 */
@ApplicationScoped
public class PipelineProjection {

    private final PipelineRepository pipelines;
    private final PipelineStages stages;
    private final ConversionAggregates conversion;

    public PipelineProjection(PipelineRepository pipelines, PipelineStages stages, ConversionAggregates conversion) {
        this.pipelines = pipelines;
        this.stages = stages;
        this.conversion = conversion;
    }

    @Transactional
    public void apply(PipelineDefinedV1 event) {
        if (event.pipelineId() == null || event.version() == null || event.stages() == null
                || event.stages().stream().anyMatch(s -> s == null || s.key() == null || s.kind() == null)) {
            throw new MalformedEventException("pipeline event without pipelineId, version or complete stages");
        }
        Optional<UUID> defaultBefore = pipelines.findDefault().map(p -> p.pipelineId);
        Pipeline pipeline = pipelines.findById(event.pipelineId());
        if (pipeline == null) {
            pipeline = new Pipeline();
            pipeline.pipelineId = event.pipelineId();
        } else if (pipeline.version >= event.version()) {
            return;
        }
        pipeline.name = event.name();
        pipeline.isDefault = Boolean.TRUE.equals(event.isDefault());
        pipeline.stages = stages.write(event.stages());
        pipeline.version = event.version();
        if (!pipelines.isPersistent(pipeline)) {
            pipelines.persist(pipeline);
        }
        // a deal's funnel follows its pipeline's stages; deals without a pipeline follow the default's
        pipelines.flush();
        conversion.recompute(pipeline.pipelineId);
        Optional<UUID> defaultAfter = pipelines.findDefault().map(p -> p.pipelineId);
        if (!defaultAfter.equals(defaultBefore) || defaultAfter.equals(Optional.of(pipeline.pipelineId))) {
            conversion.recompute(ConversionAggregates.NO_PIPELINE);
        }
    }
}
