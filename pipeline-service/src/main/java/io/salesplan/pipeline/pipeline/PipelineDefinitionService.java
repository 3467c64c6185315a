package io.salesplan.pipeline.pipeline;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.pipeline.opportunity.OpportunityRepository;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Changes what defines a pipeline: its stage list and its lost-reason codes. */
@ApplicationScoped
public class PipelineDefinitionService {

    private final PipelineRepository pipelines;
    private final OpportunityRepository opportunities;
    private final Outbox outbox;
    private final Access access;

    public PipelineDefinitionService(PipelineRepository pipelines, OpportunityRepository opportunities, Outbox outbox,
            Access access) {
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.outbox = outbox;
        this.access = access;
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

    private static boolean unchanged(List<PipelineStage> current, List<PipelineStage> next) {
        return current.size() == next.size()
                && IntStream.range(0, current.size()).allMatch(i -> current.get(i).sameAs(next.get(i)));
    }
}
