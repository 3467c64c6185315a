package io.salesplan.review.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The forecast figures: the open amount of each category alone, the pipeline weighted by stage
 * probability, and the gap between the target and what is won or committed.
 */
public final class ForecastCalculator {

    private ForecastCalculator() {
    }

    public record Figures(BigDecimal commit, BigDecimal bestCase, BigDecimal pipeline, BigDecimal weightedPipeline,
            BigDecimal gap) {
    }

    /**
     * commit, bestCase and pipeline = Σ amount of the open deals of that category; weightedPipeline = Σ amount ×
     * probability over all of them, rounded half up to 2 decimals once; gap = target − (won + commit), null
     * without a target. Money keeps 2 decimals.
     */
    public static Figures of(BigDecimal target, BigDecimal won, List<OpenDeals> open) {
        BigDecimal commit = sum(open, "COMMIT");
        BigDecimal weighted = open.stream().map(d -> d.amount().multiply(d.probability()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gap = target == null ? null : target.subtract(won.add(commit)).setScale(2, RoundingMode.HALF_UP);
        return new Figures(commit, sum(open, "BEST_CASE"), sum(open, "PIPELINE"), weighted, gap);
    }

    private static BigDecimal sum(List<OpenDeals> open, String category) {
        return open.stream().filter(d -> category.equals(d.category())).map(OpenDeals::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
