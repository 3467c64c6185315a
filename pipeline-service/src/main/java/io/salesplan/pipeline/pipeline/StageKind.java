package io.salesplan.pipeline.pipeline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN stages form the funnel; a deal in the WON or LOST stage is closed.")
public enum StageKind {
    OPEN, WON, LOST
}
