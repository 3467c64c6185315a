package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.pipeline.StageKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Follows the kind of the stage the opportunity is in.")
public enum OpportunityStatus {
    OPEN, WON, LOST;

    /** The status of a deal in a stage of that kind. */
    public static OpportunityStatus of(StageKind kind) {
        return switch (kind) {
            case OPEN -> OPEN;
            case WON -> WON;
            case LOST -> LOST;
        };
    }
}
