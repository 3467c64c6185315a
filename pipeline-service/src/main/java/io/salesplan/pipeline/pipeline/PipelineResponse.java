package io.salesplan.pipeline.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pipeline")
public record PipelineResponse(
        UUID id,
        @Schema(examples = "Enterprise deals") String name,
        @Schema(description = "True for the pipeline that exists from the start; opportunities created without "
                + "pipelineId go there.")
        @JsonProperty("isDefault") boolean isDefault,
        @Schema(description = "Stages in funnel order") List<StageResponse> stages,
        @Schema(description = "The codes a deal moved to the LOST stage must give as lostReasonCode",
                examples = "[\"PRICE\", \"COMPETITOR\", \"NO_BUDGET\", \"NO_DECISION\", \"TIMING\", \"OTHER\"]")
        List<String> lostReasonCodes,
        OffsetDateTime createdAt,
        @Schema(description = "Grows by one with every change; the ETag carries it.") long version) {

    static PipelineResponse from(Pipeline pipeline) {
        List<StageResponse> stages = IntStream.range(0, pipeline.stages.size())
                .mapToObj(i -> StageResponse.from(pipeline.stages.get(i), i)).toList();
        return new PipelineResponse(pipeline.id, pipeline.name, pipeline.isDefault, stages,
                List.copyOf(pipeline.lostReasonCodes),
                pipeline.createdAt.atOffset(ZoneOffset.UTC), pipeline.version);
    }
}
