package io.salesplan.pipeline.pipeline;

import io.salesplan.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Finds the pipeline an opportunity, a funnel or a request path refers to, inside the caller's transaction. */
@ApplicationScoped
public class PipelineLookup {

    private final PipelineRepository pipelines;

    public PipelineLookup(PipelineRepository pipelines) {
        this.pipelines = pipelines;
    }

    /** The pipeline for an opportunity: the given one, or the default one. A 422 when it does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pipeline resolve(UUID pipelineId) {
        UUID id = pipelineId == null ? PipelineService.DEFAULT_PIPELINE_ID : pipelineId;
        return pipelines.findByIdOptional(id)
                .orElseThrow(() -> ApiException.unknownReference("pipelineId", "pipeline " + id + " does not exist"));
    }

    /**
     * Like {@link #resolve}, for a write that puts an opportunity into one of the pipeline's
     * stages: the shared row lock keeps a concurrent stage replacement from removing that stage
     * between this check and the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pipeline resolveForPlacement(UUID pipelineId) {
        UUID id = pipelineId == null ? PipelineService.DEFAULT_PIPELINE_ID : pipelineId;
        return pipelines.findByIdOptional(id, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ApiException.unknownReference("pipelineId", "pipeline " + id + " does not exist"));
    }

    /** The pipeline named in a request path; a 404 when it does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pipeline require(UUID id) {
        return pipelines.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Pipeline", id));
    }

    /** The keys of a pipeline's stages, for messages that list the allowed ones. */
    public static String keys(Pipeline pipeline) {
        return pipeline.stages.stream().map(s -> s.key).collect(Collectors.joining(", "));
    }
}
