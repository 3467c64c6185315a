package io.salesplan.review.opportunity;

/** The size class of a deal's account, as pipeline-service's account profile names it. */
public enum AccountSize {
    SMALL, MID, LARGE, ENTERPRISE
}
