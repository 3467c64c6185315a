package io.salesplan.pipeline.pipeline;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creates, reads and lists pipelines, the default one included; {@link PipelineDefinitionService} changes them. */
@ApplicationScoped
public class PipelineService {

    /** The id of the pipeline that exists from the first start, the same in every deployment. */
    public static final UUID DEFAULT_PIPELINE_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final String DEFAULT_PIPELINE_NAME = "Sales pipeline";
    /** Serialises replicas creating the default pipeline at the same time (pg advisory lock key). */
    private static final long DEFAULT_PIPELINE_LOCK = 0x5a1e5_0001L;

    private final PipelineRepository pipelines;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Access access;

    public PipelineService(PipelineRepository pipelines, Outbox outbox, CursorCodec cursors, Access access) {
        this.pipelines = pipelines;
        this.outbox = outbox;
        this.cursors = cursors;
        this.access = access;
    }

    /**
     * Creates the default pipeline and its event unless it exists. Replicas starting together wait
     * for each other on an advisory lock, so the pipeline and its event are written exactly once.
     */
    @Transactional
    public void ensureDefaultPipeline() {
        pipelines.lockUntilCommit(DEFAULT_PIPELINE_LOCK);
        if (pipelines.findByIdOptional(DEFAULT_PIPELINE_ID).isPresent()) {
            return;
        }
        Pipeline pipeline = new Pipeline();
        pipeline.id = DEFAULT_PIPELINE_ID;
        pipeline.name = DEFAULT_PIPELINE_NAME;
        pipeline.isDefault = true;
        pipeline.createdAt = now();
        pipeline.stages = new ArrayList<>(StageRules.defaults());
        pipeline.lostReasonCodes = new ArrayList<>(LostReasonCodes.DEFAULTS);
        persistAndPublish(pipeline);
    }

    @Transactional
    public PipelineResponse create(CreatePipelineRequest request) {
        access.grant(Operation.CHANGE_PIPELINES);
        Pipeline pipeline = new Pipeline();
        pipeline.id = UUID.randomUUID();
        pipeline.name = request.name().strip();
        pipeline.isDefault = false;
        pipeline.createdAt = now();
        pipeline.stages = new ArrayList<>(request.stages() == null ? StageRules.defaults()
                : StageRules.toStages("stages", request.stages()));
        pipeline.lostReasonCodes = new ArrayList<>(request.lostReasonCodes() == null ? LostReasonCodes.DEFAULTS
                : LostReasonCodes.check("lostReasonCodes", request.lostReasonCodes()));
        return persistAndPublish(pipeline);
    }

    @Transactional
    public PipelineResponse get(UUID id) {
        access.grant(Operation.READ_PIPELINES);
        return PipelineResponse.from(pipelines.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Pipeline", id)));
    }

    @Transactional
    public Page<PipelineResponse> list(int limit, String cursor) {
        access.grant(Operation.READ_PIPELINES);
        String queryKey = "pipelines";
        Keyset.Position<Instant> after = Keyset.after(cursors, queryKey, cursor, Instant::parse);
        List<Pipeline> rows = pipelines.page(after, limit + 1);
        return Keyset.page(cursors, queryKey, rows, limit, p -> new Keyset.Position<>(p.createdAt, p.id))
                .map(PipelineResponse::from);
    }

    private PipelineResponse persistAndPublish(Pipeline pipeline) {
        pipelines.persist(pipeline);
        pipelines.flush();
        outbox.publish(PipelineDefinedV1.TYPE, pipeline.id.toString(), PipelineDefinedV1.from(pipeline));
        return PipelineResponse.from(pipeline);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
