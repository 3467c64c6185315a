package io.salesplan.review.retrospective;

public enum RetrospectiveStatus {
    OPEN, CLOSED
}
