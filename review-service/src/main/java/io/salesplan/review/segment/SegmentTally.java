package io.salesplan.review.segment;

import java.math.BigDecimal;

/**
 * What the opportunities of one segment, created in a window, add up to on asOf: how many were created,
 * won and lost, the revenue and the creation-to-win days of the won ones, and the activities logged on
 * the won ones.
 */
public record SegmentTally(String segment, long created, long won, long lost, BigDecimal revenueWon,
        long wonCycleDays, long activitiesOnWon) {
}
