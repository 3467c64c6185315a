package io.salesplan.review.segment;

import io.salesplan.review.variance.RatioMetrics;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The segment rows and the best and worst segment by win rate, from each segment's tally. */
public final class SegmentCalculator {

    /** Closed deals a segment needs to be best or worst, unless a report asks for another number. */
    public static final int DEFAULT_MIN_DEALS = 5;

    /** Segments by name, the one without a value last. */
    private static final Comparator<SegmentTally> BY_NAME = Comparator.comparing(SegmentTally::segment,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private SegmentCalculator() {
    }

    public static SegmentRow row(SegmentTally t) {
        return new SegmentRow(t.segment(), t.created(), t.won(), t.lost(), RatioMetrics.winRate(t.won(), t.lost()),
                RatioMetrics.averageDealSize(t.revenueWon(), t.won()),
                RatioMetrics.salesCycleDays(t.wonCycleDays(), t.won()), t.revenueWon().setScale(2),
                RatioMetrics.divide(BigDecimal.valueOf(t.activitiesOnWon()), t.won(), 2));
    }

    public static List<SegmentRow> rows(List<SegmentTally> tallies) {
        return tallies.stream().sorted(BY_NAME).map(SegmentCalculator::row).toList();
    }

    /** The best and worst segment of a report; both null when there is no difference to tell. */
    public record Extremes(SegmentTally best, SegmentTally worst) {
    }

    /**
     * The segments with the highest and the lowest win rate among those with a value and at least
     * {@code minDeals} closed deals; ties go to the one with more closed deals, then to the first by name.
     * Both null unless at least two segments qualify and their win rates differ: one segment alone, or
     * segments that all convert alike, are neither better nor worse than anything.
     */
    public static Extremes extremes(List<SegmentTally> tallies, int minDeals) {
        List<SegmentTally> eligible = tallies.stream()
                .filter(t -> t.segment() != null && t.won() + t.lost() >= Math.max(minDeals, 1)).toList();
        Comparator<SegmentTally> byRate = Comparator.comparing(t -> RatioMetrics.winRate(t.won(), t.lost()));
        Comparator<SegmentTally> tieBreak = Comparator.comparingLong((SegmentTally t) -> t.won() + t.lost()).reversed()
                .thenComparing(SegmentTally::segment);
        if (eligible.size() < 2) {
            return new Extremes(null, null);
        }
        SegmentTally best = eligible.stream().min(byRate.reversed().thenComparing(tieBreak)).orElseThrow();
        SegmentTally worst = eligible.stream().min(byRate.thenComparing(tieBreak)).orElseThrow();
        return byRate.compare(best, worst) == 0 ? new Extremes(null, null) : new Extremes(best, worst);
    }

    /**
     * The win rate of every other deal of the cohort, a segment without a value included: what "elsewhere"
     * means in "Deals in Manufacturing close at 42 % against 18 % elsewhere". Null when none closed.
     */
    public static BigDecimal winRateElsewhere(List<SegmentTally> tallies, SegmentTally segment) {
        long won = tallies.stream().mapToLong(SegmentTally::won).sum() - segment.won();
        long lost = tallies.stream().mapToLong(SegmentTally::lost).sum() - segment.lost();
        return RatioMetrics.winRate(won, lost);
    }
}
