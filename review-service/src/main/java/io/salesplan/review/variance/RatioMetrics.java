package io.salesplan.review.variance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The ratio metrics, from the deals closed in a period; null when there is nothing to divide by. */
public final class RatioMetrics {

    private RatioMetrics() {
    }

    /** won ÷ (won + lost), 0–1, 4 decimals. */
    public static BigDecimal winRate(long won, long lost) {
        return divide(BigDecimal.valueOf(won), won + lost, 4);
    }

    /** Revenue won ÷ deals won, 2 decimals. */
    public static BigDecimal averageDealSize(BigDecimal wonAmount, long won) {
        return divide(wonAmount, won, 2);
    }

    /** Mean days from creation to win, 2 decimals. */
    public static BigDecimal salesCycleDays(long wonCycleDays, long won) {
        return divide(BigDecimal.valueOf(wonCycleDays), won, 2);
    }

    public static BigDecimal divide(BigDecimal numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
