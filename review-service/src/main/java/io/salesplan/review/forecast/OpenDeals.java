package io.salesplan.review.forecast;

import java.math.BigDecimal;

/**
 * Open deals of one forecast category in one stage: their amount and the stage's probability.
 *
 * @param category PIPELINE, BEST_CASE or COMMIT
 */
public record OpenDeals(String category, BigDecimal amount, BigDecimal probability) {
}
