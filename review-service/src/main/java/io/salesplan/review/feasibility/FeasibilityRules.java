package io.salesplan.review.feasibility;

import io.salesplan.review.aggregate.DealTotals;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.opportunity.OpenPipeline;
import io.salesplan.review.variance.Pace;
import io.salesplan.review.variance.RatioMetrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges whether a REVENUE_WON or DEALS_WON goal can still be reached, from what remains, the
 * owner's deals closed in a trailing window and the open pipeline expected to close in the period.
 *
 * <p>{@code coverage} = open pipeline ÷ remaining (amounts for revenue, deal counts for deals) and
 * {@code requiredCoverage} = 1 ÷ win rate = (won + lost) ÷ won, both with 2 decimals; the verdict
 * compares them as reported, so the numbers a reader sees never contradict it. In this order:
 * <ol>
 * <li>nothing remains → {@code REALISTIC};</li>
 * <li>the period is over → {@code UNREALISTIC};</li>
 * <li>no closed deal in the window: no win rate is invented → {@code STRETCH} when coverage ≥
 * {@link #NO_HISTORY_MIN_COVERAGE} (winning enough of the pipeline would do), else
 * {@code UNREALISTIC};</li>
 * <li>closed deals but none won (0 % win rate) → {@code UNREALISTIC};</li>
 * <li>coverage ≥ requiredCoverage → {@code REALISTIC};</li>
 * <li>coverage ≥ {@link #STRETCH_SHARE} × requiredCoverage and the calendar days left are at least
 * the average cycle, so new opportunities can still close in time → {@code STRETCH};</li>
 * <li>otherwise → {@code UNREALISTIC}.</li>
 * </ol>
 */
public final class FeasibilityRules {

    /** Share of the required coverage from which the gap counts as a stretch rather than unrealistic. */
    public static final BigDecimal STRETCH_SHARE = new BigDecimal("0.5");

    /** Without history: the pipeline must at least equal what remains (enough only if all of it is won). */
    public static final BigDecimal NO_HISTORY_MIN_COVERAGE = BigDecimal.ONE;

    private FeasibilityRules() {
    }

    /**
     * @param actual  what the goal's metric reached from the period's first day to {@code asOf}
     * @param history the owner scope's deal totals over the window of {@code windowDays} ending on {@code asOf}
     * @param pipeline open on {@code asOf}, expected to close from {@code asOf} (or the period's first day) to
     *                the period's end
     */
    public record Input(Metric metric, BigDecimal target, BigDecimal actual, LocalDate periodStart,
            LocalDate periodEnd, LocalDate asOf, int windowDays, DealTotals history, OpenPipeline pipeline) {
    }

    public record Assessment(Verdict verdict, List<String> reasons, FeasibilityView.Required required,
            FeasibilityView.History history, FeasibilityView.Pipeline pipeline, BigDecimal coverage,
            BigDecimal requiredCoverage) {
    }

    /** The first day of the trailing window of {@code windowDays} days that ends on {@code asOf}. */
    public static LocalDate windowStart(LocalDate asOf, int windowDays) {
        return asOf.minusDays(windowDays - 1L);
    }

    public static Assessment assess(Input in) {
        if (in.metric() != Metric.REVENUE_WON && in.metric() != Metric.DEALS_WON) {
            throw new IllegalArgumentException("feasibility covers REVENUE_WON and DEALS_WON, not " + in.metric());
        }
        boolean revenue = in.metric() == Metric.REVENUE_WON;
        int scale = revenue ? 2 : 0;
        BigDecimal target = in.target().setScale(scale, RoundingMode.HALF_UP);
        BigDecimal actual = in.actual().setScale(scale, RoundingMode.HALF_UP);
        BigDecimal remaining = target.subtract(actual).max(BigDecimal.ZERO.setScale(scale));
        Pace pace = Pace.of(in.periodStart(), in.periodEnd(), in.asOf());
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(in.asOf(), in.periodEnd()));

        DealTotals h = in.history();
        long closed = h.won() + h.lost();
        BigDecimal winRate = RatioMetrics.winRate(h.won(), h.lost());
        BigDecimal dealSize = RatioMetrics.averageDealSize(h.wonAmount(), h.won());
        BigDecimal cycle = RatioMetrics.salesCycleDays(h.wonCycleDays(), h.won());
        BigDecimal requiredCoverage = RatioMetrics.divide(BigDecimal.valueOf(closed), h.won(), 2);

        OpenPipeline open = in.pipeline();
        BigDecimal openValue = revenue ? open.amount() : BigDecimal.valueOf(open.deals());
        BigDecimal coverage = remaining.signum() == 0 ? null : openValue.divide(remaining, 2, RoundingMode.HALF_UP);

        Long deals = dealsNeeded(revenue, remaining, h);
        Long opportunities = deals == null ? null
                : deals == 0 ? Long.valueOf(0) : h.won() == 0 ? null : ceil(BigDecimal.valueOf(deals * closed), h.won());

        FeasibilityWording text = new FeasibilityWording(revenue);
        List<String> reasons = new ArrayList<>();
        Verdict verdict;
        String historyReason = text.history(in.windowDays(), h.won(), closed, winRate, dealSize, cycle);
        if (remaining.signum() == 0) {
            reasons.add(text.met(actual, target));
            reasons.add(historyReason);
            verdict = Verdict.REALISTIC;
        } else if (pace.ended()) {
            reasons.add(text.ended(in.periodEnd(), remaining, target));
            reasons.add(historyReason);
            verdict = Verdict.UNREALISTIC;
        } else {
            reasons.add(text.remains(remaining, target, pace.remaining(), in.periodEnd()));
            reasons.add(historyReason);
            if (deals != null && opportunities != null) {
                reasons.add(text.needs(deals, opportunities, dealSize, winRate));
            }
            reasons.add(text.coverage(in.periodEnd(), openValue, remaining, coverage, requiredCoverage, winRate,
                    closed));
            if (open.overdueDeals() > 0) {
                reasons.add(FeasibilityWording.overdue(open, in.asOf()));
            }
            boolean cycleFits = cycle == null || cycle.compareTo(BigDecimal.valueOf(daysLeft)) <= 0;
            if (!cycleFits) {
                reasons.add(FeasibilityWording.cycleTooLong(cycle, daysLeft));
            }
            verdict = verdict(closed, h.won(), coverage, requiredCoverage, cycleFits);
        }
        return new Assessment(verdict, List.copyOf(reasons),
                new FeasibilityView.Required(target, actual, remaining, pace.remaining(), daysLeft, deals,
                        opportunities),
                new FeasibilityView.History(in.windowDays(), windowStart(in.asOf(), in.windowDays()), in.asOf(),
                        h.won(), h.lost(), winRate, dealSize, cycle),
                new FeasibilityView.Pipeline(open.amount().setScale(2, RoundingMode.HALF_UP), open.deals(),
                        open.overdueAmount().setScale(2, RoundingMode.HALF_UP), open.overdueDeals()),
                coverage, requiredCoverage);
    }

    private static Verdict verdict(long closed, long won, BigDecimal coverage, BigDecimal requiredCoverage,
            boolean cycleFits) {
        if (closed == 0) {
            return coverage.compareTo(NO_HISTORY_MIN_COVERAGE) >= 0 ? Verdict.STRETCH : Verdict.UNREALISTIC;
        }
        if (won == 0) {
            return Verdict.UNREALISTIC;
        }
        if (coverage.compareTo(requiredCoverage) >= 0) {
            return Verdict.REALISTIC;
        }
        if (cycleFits && coverage.compareTo(requiredCoverage.multiply(STRETCH_SHARE)) >= 0) {
            return Verdict.STRETCH;
        }
        return Verdict.UNREALISTIC;
    }

    /** Revenue: ceil(remaining ÷ average deal size), exact, null without a won amount; deals: what remains. */
    private static Long dealsNeeded(boolean revenue, BigDecimal remaining, DealTotals h) {
        if (!revenue) {
            return remaining.longValueExact();
        }
        if (remaining.signum() == 0) {
            return 0L;
        }
        if (h.won() == 0 || h.wonAmount().signum() <= 0) {
            return null;
        }
        return ceil(remaining.multiply(BigDecimal.valueOf(h.won())), h.wonAmount());
    }

    private static long ceil(BigDecimal numerator, long denominator) {
        return ceil(numerator, BigDecimal.valueOf(denominator));
    }

    private static long ceil(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 0, RoundingMode.CEILING).longValueExact();
    }
}
