package io.salesplan.goals.decomposition;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecomposeRequest", description = "How to split a goal into child goals.")
public record DecomposeRequest(
        @Schema(description = "What to split over.", required = true, examples = "PERIOD")
        @NotNull By by,
        @Schema(description = "Required with by=PERIOD, not allowed with OWNER.", examples = "QUARTER")
        Into into,
        @Schema(description = "Optional weights, default equal. With PERIOD an array with one number per part in time order "
                + "(e.g. [1, 1, 1.5, 2] for seasonal quarters); with OWNER an object from team or rep id to weight. Weights are "
                + "non-negative and not all zero. With OWNER the object also chooses the owners: one left out "
                + "gets no child goal, and an id that is not one of the goal's owners is a 400. A part with weight 0 gets a child goal with target 0.",
                oneOf = {PeriodWeights.class, OwnerWeights.class}, implementation = Object.class)
        JsonNode weights,
        @Schema(description = "true archives the children of an earlier decomposition and splits again; without it decomposing again is a 409.",
                examples = "false", defaultValue = "false")
        Boolean replace) {

    @Schema(description = "PERIOD splits a goal into the quarters, months or ISO weeks of its period; OWNER splits a company goal over the top-level teams, a team goal over its active reps and direct sub-teams.")
    public enum By {
        PERIOD, OWNER
    }

    @Schema(description = "The finer period a PERIOD decomposition produces. A week belongs to the period holding its Thursday.")
    public enum Into {
        QUARTER, MONTH, WEEK
    }

    /** Documentation only: the weights of a PERIOD decomposition. */
    @Schema(name = "PeriodWeights", type = SchemaType.ARRAY, implementation = BigDecimal.class,
            description = "One non-negative weight per part, in time order.", examples = "[1, 1, 1.5, 2]")
    public static final class PeriodWeights {
        private PeriodWeights() {
        }
    }

    /** Documentation only: the weights of an OWNER decomposition. */
    @Schema(name = "OwnerWeights", type = SchemaType.OBJECT, additionalProperties = BigDecimal.class,
            description = "Non-negative weight by team or rep id.",
            examples = "{\"3d6f1a2b-9c4e-4f8a-b1d2-7e5c6a9b0f13\": 2, \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\": 1}")
    public static final class OwnerWeights {
        private OwnerWeights() {
        }
    }
}
