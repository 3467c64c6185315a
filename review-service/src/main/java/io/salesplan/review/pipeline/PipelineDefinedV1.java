package io.salesplan.review.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** Payload of {@code salesplan.pipeline.defined.v1}. */
public record PipelineDefinedV1(UUID pipelineId, String name, @JsonProperty("isDefault") Boolean isDefault,
        List<StageDefinition> stages, Long version) {
}
