package io.salesplan.review.effectiveness;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityEffectiveness", description = "Per activity type, the activities of the window and the "
        + "deals they touched")
public record EffectivenessView(
        @Schema(example = "2026-01-01") LocalDate from,
        @Schema(example = "2026-03-31") LocalDate to,
        @Schema(example = "2026-03-31") LocalDate asOf,
        @Schema(description = "Every activity type, in the order CALL, VISIT, DEMO, EMAIL, MEETING, OTHER")
        List<TypeEffectiveness> types) {
}
