package io.salesplan.pipeline.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Payload of {@code salesplan.pipeline.defined.v1}: the whole pipeline after its creation or a change of its
 * stages or lost-reason codes ({@code lostReasonCodes} was added compatibly).
 */
public record PipelineDefinedV1(UUID pipelineId, String name, @JsonProperty("isDefault") boolean isDefault,
        List<Stage> stages, List<String> lostReasonCodes, long version) {

    public static final String TYPE = "salesplan.pipeline.defined.v1";

    public record Stage(String key, String name, StageKind kind, BigDecimal probability, int position) {
    }

    static PipelineDefinedV1 from(Pipeline pipeline) {
        List<Stage> stages = IntStream.range(0, pipeline.stages.size()).mapToObj(i -> {
            PipelineStage s = pipeline.stages.get(i);
            return new Stage(s.key, s.name, s.kind, StageRules.display(s.probability), i);
        }).toList();
        return new PipelineDefinedV1(pipeline.id, pipeline.name, pipeline.isDefault, stages,
                List.copyOf(pipeline.lostReasonCodes), pipeline.version);
    }
}
