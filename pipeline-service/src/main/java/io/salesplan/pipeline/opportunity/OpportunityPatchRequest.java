package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatchOpportunity", description = "Fields to change (JSON merge patch); absent fields stay as they "
        + "are, null clears expectedCloseDate or source. The stage (and with it the status) changes only through "
        + "POST /api/v1/opportunities/{id}/stage.")
public record OpportunityPatchRequest(
        @Schema(maxLength = 200) @Size(max = 200) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String name,
        @Schema(description = "An existing account; unknown → 422") UUID accountId,
        @Schema(description = "A rep of goals-service; unknown → 422") UUID ownerId,
        @Schema(examples = "150000.00", minimum = "0")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "must have at most 17 digits and 2 decimals") BigDecimal amount,
        @Schema(description = "YYYY-MM-DD; null clears it", examples = "2026-07-31",
                nullable = true) LocalDate expectedCloseDate,
        @Schema(description = "Where the deal came from; null clears it", maxLength = 100, nullable = true)
        @Size(max = 100) @Pattern(regexp = Texts.NO_NUL, message = Texts.NO_NUL_MESSAGE) String source,
        @Schema(description = "The owner's forecast call while the deal is open (a won or lost deal → 409); it holds "
                + "until the next stage move, which sets the category of the new stage")
        OpenForecastCategory forecastCategory,
        @Schema(hidden = true) Object stage,
        @Schema(hidden = true) Object status) {
}
