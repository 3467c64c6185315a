package io.salesplan.review.conversion;

import java.time.Instant;
import java.util.List;

/**
 * One opportunity of a cohort: the stage it was created in and its moves in the order they were
 * made, already cut at the report's {@code asOf}.
 */
public record CohortDeal(String initialStage, Instant createdAt, List<Move> moves) {

    public record Move(String toStage, String toKind, Instant at) {
    }
}
