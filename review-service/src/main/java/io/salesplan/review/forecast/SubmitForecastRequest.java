package io.salesplan.review.forecast;

import io.salesplan.review.scope.OwnerType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitForecast", description = "A forecast call: what the owner expects to win in the period")
public record SubmitForecastRequest(
        @Schema(required = true, examples = "TEAM") @NotNull OwnerType ownerType,
        @Schema(description = "The team or rep; null (or absent) for the company") UUID ownerId,
        @Schema(required = true, description = "2026, 2026-Q2, 2026-05 or 2026-W20; a period starting more than a "
                + "year from today is refused", examples = "2026-Q2") @NotBlank @Size(max = 10) String period,
        @Schema(required = true, description = "Revenue the owner expects to win in the period, in the reporting "
                + "currency, at most 2 decimals, not negative", examples = "2300000.00", minimum = "0")
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 17, fraction = 2, message = "must have at most 17 digits and 2 decimals") BigDecimal amount,
        @Schema(description = "Why, in a few words", examples = "Two commits slip to July", maxLength = 2000)
        @Size(max = 2000) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String note) {
}
