package io.salesplan.review.feasibility;

/** Whether a goal can still be reached, judged from the owner's history and open pipeline. */
public enum Verdict {
    REALISTIC, STRETCH, UNREALISTIC
}
