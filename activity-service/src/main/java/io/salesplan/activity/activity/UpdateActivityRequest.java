package io.salesplan.activity.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityPatch", description = "Fields to change; a field left out (or null) keeps its value. Owner, "
        + "opportunity, account, source and externalId cannot change: delete the activity and log it again instead.")
public record UpdateActivityRequest(
        @Schema(example = "MEETING") ActivityType type,
        @Schema(description = "At most one day in the future.") OffsetDateTime occurredAt,
        @Schema(minimum = "0", maximum = "1440") @Min(0) @Max(1440) Integer durationMinutes,
        @Schema(maxLength = 500) @Size(max = 500) String outcome,
        @Schema(maxLength = 10_000) @Size(max = 10_000) String notes) {
}
