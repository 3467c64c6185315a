package io.salesplan.review.feasibility;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a goal can still be reached, judged from the owner's history and open pipeline. */
@Schema(name = "FeasibilityVerdict", description = "REALISTIC: the open pipeline covers the remainder at the "
        + "historical win rate (or the target is met); STRETCH: reachable only with more than the history promises; "
        + "UNREALISTIC: the history and pipeline do not support it")
public enum Verdict {
    REALISTIC, STRETCH, UNREALISTIC
}
