package io.salesplan.review.forecast;

import io.salesplan.review.variance.RatioMetrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** How far a forecast call can be trusted: actual ÷ submitted, once the period has ended. */
public final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    /**
     * actual ÷ amount, 4 decimals: 1 is a perfect call, below 1 the call was too high, above 1 too low.
     * Null while the period runs (no actual yet) and for a call of 0 (nothing to divide by).
     */
    public static BigDecimal of(BigDecimal actual, BigDecimal amount) {
        if (actual == null || amount.signum() == 0) {
            return null;
        }
        return actual.divide(amount, 4, RoundingMode.HALF_UP);
    }

    /** The mean of the accuracies that exist, 4 decimals; null when none does. */
    public static BigDecimal mean(List<BigDecimal> accuracies) {
        List<BigDecimal> known = accuracies.stream().filter(Objects::nonNull).toList();
        return RatioMetrics.divide(known.stream().reduce(BigDecimal.ZERO, BigDecimal::add), known.size(), 4);
    }
}
