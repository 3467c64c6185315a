package io.salesplan.activity.activity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Items stay raw JSON until each is read on its own, so that one item of the wrong shape is
 * reported as INVALID instead of failing the whole batch.
 */
@Schema(name = "ActivityBatch", description = "Up to 1000 activities to log at once.")
public record BatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = LogActivityRequest.class, required = true, minItems = 1,
                maxItems = BatchIngestion.MAX_BATCH) List<JsonNode> items) {
}
