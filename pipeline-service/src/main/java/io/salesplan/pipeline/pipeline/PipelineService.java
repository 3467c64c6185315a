package io.salesplan.pipeline.pipeline;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.pipeline.opportunity.OpportunityRepository;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@ApplicationScoped
public class PipelineService {

    /** The id of the pipeline that exists from the first start, the same in every deployment. */
    public static final UUID DEFAULT_PIPELINE_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final String DEFAULT_PIPELINE_NAME = "Sales pipeline";
    /** Serialises replicas creating the default pipeline at the same time (pg advisory lock key). */
    private static final long DEFAULT_PIPELINE_LOCK = 0x5a1e5_0001L;

    private final PipelineRepository pipelines;
    private final OpportunityRepository opportunities;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Access access;

    public PipelineService(PipelineRepository pipelines, OpportunityRepository opportunities, Outbox outbox,
            CursorCodec cursors, Access access) {
        this.pipelines = pipelines;
        this.opportunities = opportunities;
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
        pipelines.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, DEFAULT_PIPELINE_LOCK).getSingleResult();
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
        return PipelineResponse.from(require(id));
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

    /**
     * Replaces the stage list. A stage is identified by its key: keeping a key with another name,
     * position or probability renames, reorders or re-weights it; a key no longer listed removes
     * the stage, which is refused while opportunities are in it. An identical list changes nothing.
     */
    @Transactional
    public PipelineResponse replaceStages(UUID id, String ifMatch, List<StageInput> inputs) {
        access.grant(Operation.CHANGE_PIPELINES);
        List<PipelineStage> stages = StageRules.toStages("stages", inputs);
        Pipeline pipeline = pipelines.findForUpdate(id).orElseThrow(() -> ApiException.notFound("Pipeline", id));
        Versions.checkIfMatch(ifMatch, pipeline.version);
        if (unchanged(pipeline.stages, stages)) {
            return PipelineResponse.from(pipeline);
        }
        Map<String, Long> occupied = opportunities.countByStage(id);
        Map<String, PipelineStage> next = stages.stream().collect(Collectors.toMap(s -> s.key, s -> s));
        List<String> conflicts = new ArrayList<>();
        for (PipelineStage current : pipeline.stages) {
            long held = occupied.getOrDefault(current.key, 0L);
            if (held == 0) {
                continue;
            }
            PipelineStage replacement = next.get(current.key);
            if (replacement == null) {
                conflicts.add("stage " + current.key + " still holds " + held + " opportunities and cannot be removed");
            } else if (replacement.kind != current.kind) {
                conflicts.add("stage " + current.key + " still holds " + held
                        + " opportunities and cannot change its kind from " + current.kind + " to " + replacement.kind);
            }
        }
        if (!conflicts.isEmpty()) {
            throw ApiException.conflict(String.join("; ", conflicts) + "; move those opportunities first");
        }
        pipeline.stages.clear();
        pipeline.stages.addAll(stages);
        stages.forEach(s -> opportunities.updateProbability(id, s.key, s.probability));
        pipelines.flush();
        outbox.publish(PipelineDefinedV1.TYPE, pipeline.id.toString(), PipelineDefinedV1.from(pipeline));
        return PipelineResponse.from(pipeline);
    }

    /**
     * Replaces the lost-reason codes. Deals already lost keep the code they were lost with, also one no
     * longer listed; the list only limits what the next loss may give. An identical list changes nothing.
     */
    @Transactional
    public PipelineResponse replaceLostReasonCodes(UUID id, String ifMatch, List<String> requested) {
        access.grant(Operation.CHANGE_PIPELINES);
        List<String> codes = LostReasonCodes.check("codes", requested);
        Pipeline pipeline = pipelines.findForUpdate(id).orElseThrow(() -> ApiException.notFound("Pipeline", id));
        Versions.checkIfMatch(ifMatch, pipeline.version);
        if (pipeline.lostReasonCodes.equals(codes)) {
            return PipelineResponse.from(pipeline);
        }
        pipeline.lostReasonCodes.clear();
        pipeline.lostReasonCodes.addAll(codes);
        pipelines.flush();
        outbox.publish(PipelineDefinedV1.TYPE, pipeline.id.toString(), PipelineDefinedV1.from(pipeline));
        return PipelineResponse.from(pipeline);
    }

    /** The pipeline for an opportunity: the given one, or the default one. A 422 when it does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pipeline resolve(UUID pipelineId) {
        UUID id = pipelineId == null ? DEFAULT_PIPELINE_ID : pipelineId;
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
        UUID id = pipelineId == null ? DEFAULT_PIPELINE_ID : pipelineId;
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

    private PipelineResponse persistAndPublish(Pipeline pipeline) {
        pipelines.persist(pipeline);
        pipelines.flush();
        outbox.publish(PipelineDefinedV1.TYPE, pipeline.id.toString(), PipelineDefinedV1.from(pipeline));
        return PipelineResponse.from(pipeline);
    }

    private static boolean unchanged(List<PipelineStage> current, List<PipelineStage> next) {
        return current.size() == next.size()
                && IntStream.range(0, current.size()).allMatch(i -> current.get(i).sameAs(next.get(i)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
