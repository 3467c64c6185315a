package io.salesplan.activity.task;

import io.salesplan.activity.activity.ActivityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewTask", description = "A task for a rep: what to do, of which activity type, by when.")
public record CreateTaskRequest(
        @Schema(required = true, example = "Call back about the quote", maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(required = true, description = "The activity completing the task logs.", example = "CALL") @NotNull ActivityType type,
        @Schema(required = true, description = "The rep who has to do it (verified with goals-service).") @NotNull UUID ownerId,
        @Schema(required = true, description = "When it is due.", example = "2026-03-03T10:00:00+08:00") @NotNull OffsetDateTime dueAt,
        @Schema(description = "The opportunity it is about; must exist. Its account is filled in when accountId is omitted.")
        UUID opportunityId,
        @Schema(description = "The account it is about; must exist and match the opportunity's.") UUID accountId,
        @Schema(description = "Free text, up to 10 000 characters.", maxLength = 10_000) @Size(max = 10_000) String notes) {
}
