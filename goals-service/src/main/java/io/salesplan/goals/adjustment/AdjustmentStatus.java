package io.salesplan.goals.adjustment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PENDING until someone accepts (the goal's target changes) or rejects it; a decided proposal cannot be decided again.")
public enum AdjustmentStatus {
    PENDING, ACCEPTED, REJECTED
}
