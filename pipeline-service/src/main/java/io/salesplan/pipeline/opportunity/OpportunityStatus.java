package io.salesplan.pipeline.opportunity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Follows the kind of the stage the opportunity is in.")
public enum OpportunityStatus {
    OPEN, WON, LOST
}
