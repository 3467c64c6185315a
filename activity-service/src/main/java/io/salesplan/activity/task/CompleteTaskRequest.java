package io.salesplan.activity.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteTask", description = "Optional details of the activity that completing the task logs.")
public record CompleteTaskRequest(
        @Schema(description = "When the activity happened; defaults to now, at most one day ahead.") OffsetDateTime occurredAt,
        @Schema(example = "20", minimum = "0", maximum = "1440") @Min(0) @Max(1440) Integer durationMinutes,
        @Schema(example = "Customer accepted the quote", maxLength = 500) @Size(max = 500) String outcome,
        @Schema(maxLength = 10_000) @Size(max = 10_000) String notes) {

    public static final CompleteTaskRequest NOTHING = new CompleteTaskRequest(null, null, null, null);
}
