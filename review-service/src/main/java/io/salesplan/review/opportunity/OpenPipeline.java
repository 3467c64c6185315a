package io.salesplan.review.opportunity;

import java.math.BigDecimal;

/**
 * An owner scope's opportunities that were open on a day: those expected to close within a window
 * (amount and count) and those whose expected close date had already passed (not in the window).
 */
public record OpenPipeline(BigDecimal amount, long deals, BigDecimal overdueAmount, long overdueDeals) {
}
