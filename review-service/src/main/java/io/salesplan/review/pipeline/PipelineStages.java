package io.salesplan.review.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.salesplan.platform.event.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** Reads and writes a pipeline's stage list. */
@ApplicationScoped
public class PipelineStages {

    private static final TypeReference<List<StageDefinition>> LIST = new TypeReference<>() {
    };

    private final EventCodec codec;

    public PipelineStages(EventCodec codec) {
        this.codec = codec;
    }

    /** The stages in pipeline order. */
    public List<StageDefinition> of(Pipeline pipeline) {
        try {
            return codec.mapper().readValue(pipeline.stages, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored stages of pipeline " + pipeline.pipelineId + " are unreadable", e);
        }
    }

    String write(List<StageDefinition> stages) {
        List<StageDefinition> ordered = stages.stream()
                .sorted(Comparator.comparing((StageDefinition s) -> s.position() == null ? Integer.MAX_VALUE
                        : s.position()))
                .toList();
        try {
            return codec.mapper().writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stages cannot be written", e);
        }
    }
}
