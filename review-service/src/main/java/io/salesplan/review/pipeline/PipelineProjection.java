package io.salesplan.review.pipeline;

import io.salesplan.platform.event.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps each pipeline's latest stage definition (order, kinds, probabilities). */
@ApplicationScoped
public class PipelineProjection {

    private final PipelineRepository pipelines;
    private final PipelineStages stages;

    public PipelineProjection(PipelineRepository pipelines, PipelineStages stages) {
        this.pipelines = pipelines;
        this.stages = stages;
    }

    @Transactional
    public void apply(PipelineDefinedV1 event) {
        if (event.pipelineId() == null || event.version() == null || event.stages() == null
                || event.stages().stream().anyMatch(s -> s == null || s.key() == null || s.kind() == null)) {
            throw new MalformedEventException("pipeline event without pipelineId, version or complete stages");
        }
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
    }
}
