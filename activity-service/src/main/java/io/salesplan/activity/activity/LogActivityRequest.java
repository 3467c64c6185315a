package io.salesplan.activity.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewActivity", description = "An activity to log, by hand or from a CRM integration.")
public record LogActivityRequest(
        @Schema(required = true, example = "VISIT") @NotNull ActivityType type,
        @Schema(required = true, description = "The rep who did it (verified with goals-service).",
                example = "6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11") @NotNull UUID ownerId,
        @Schema(description = "When it happened; at most one day in the future. Defaults to now.",
                example = "2026-03-02T09:30:00+08:00") OffsetDateTime occurredAt,
        @Schema(description = "The opportunity it works on; must exist. Its account is filled in when accountId is omitted.",
                example = "0d6e4c2b-1b7e-4d55-9a43-5bb1a0f8f1e2") UUID opportunityId,
        @Schema(description = "The account (customer); must exist and, with an opportunity, be that opportunity's account.",
                example = "4a7d1f0e-2c3b-4e5f-8a9b-0c1d2e3f4a5b") UUID accountId,
        @Schema(description = "Duration in minutes, 0 to 1440.", example = "45", minimum = "0", maximum = "1440")
        @Min(0) @Max(1440) Integer durationMinutes,
        @Schema(description = "Short result of the activity, up to 500 characters.", example = "Agreed on a demo next week",
                maxLength = 500) @Size(max = 500) String outcome,
        @Schema(description = "Free-text notes, up to 10 000 characters.", maxLength = 10_000) @Size(max = 10_000) String notes,
        @Schema(description = "The system it comes from (required with externalId).", example = "salesforce", maxLength = 100)
        @Size(max = 100) String source,
        @Schema(description = "Its id in the source system. The same source + externalId sent again returns the stored "
                + "activity (200) and changes nothing.", example = "00T5g00000AbCdE", maxLength = 200)
        @Size(max = 200) String externalId) {
}
