package io.salesplan.review.feasibility;

import io.salesplan.review.aggregate.DealTotals;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.opportunity.OpenPipeline;
import io.salesplan.review.variance.Pace;
import io.salesplan.review.variance.RatioMetrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    private static final DecimalFormatSymbols SYMBOLS = symbols();

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

        Text text = new Text(revenue);
        List<String> reasons = new ArrayList<>();
        Verdict verdict;
        String historyReason = text.history(in.windowDays(), h.won(), closed, winRate, dealSize, cycle);
        if (remaining.signum() == 0) {
            reasons.add("target met: " + text.reached(actual, target));
            reasons.add(historyReason);
            verdict = Verdict.REALISTIC;
        } else if (pace.ended()) {
            reasons.add("the period ended on " + in.periodEnd() + " with " + text.ofTarget(remaining, target)
                    + " missing");
            reasons.add(historyReason);
            verdict = Verdict.UNREALISTIC;
        } else {
            reasons.add(text.ofTarget(remaining, target) + (remaining.compareTo(BigDecimal.ONE) == 0 || revenue
                    ? " remains" : " remain") + ", with " + plural(pace.remaining(), "working day") + " left until "
                    + in.periodEnd());
            reasons.add(historyReason);
            if (deals != null && opportunities != null) {
                reasons.add(text.needs(deals, opportunities, dealSize, winRate));
            }
            reasons.add(text.coverage(in.periodEnd(), openValue, remaining, coverage, requiredCoverage, winRate,
                    closed));
            if (open.overdueDeals() > 0) {
                reasons.add(plural(open.overdueDeals(), "open deal") + " worth " + amount(open.overdueAmount())
                        + (open.overdueDeals() == 1 ? " was" : " were") + " expected to close before " + in.asOf()
                        + " and " + (open.overdueDeals() == 1 ? "is" : "are") + " not counted");
            }
            boolean cycleFits = cycle == null || cycle.compareTo(BigDecimal.valueOf(daysLeft)) <= 0;
            if (!cycleFits) {
                reasons.add("the average cycle of " + plain(cycle) + " days is longer than the "
                        + plural(daysLeft, "day") + " left: new opportunities are unlikely to close in time");
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

    /** The reasons' wording: amounts for revenue goals, deal counts for deal goals. */
    private record Text(boolean revenue) {

        /** "400 000 of the 1 000 000 target" or "4 of the 10 deals". */
        String ofTarget(BigDecimal part, BigDecimal target) {
            return revenue ? amount(part) + " of the " + amount(target) + " target"
                    : part.toPlainString() + " of the " + plural(target.longValueExact(), "deal");
        }

        String reached(BigDecimal actual, BigDecimal target) {
            return revenue ? amount(actual) + " won of " + amount(target)
                    : actual.toPlainString() + " of " + plural(target.longValueExact(), "deal") + " won";
        }

        String history(int windowDays, long won, long closed, BigDecimal winRate, BigDecimal dealSize,
                BigDecimal cycle) {
            String window = "in the last " + windowDays + " days";
            if (closed == 0) {
                return "no closed deals " + window + ": win rate, average deal size and cycle length unknown";
            }
            if (won == 0) {
                return (closed == 1 ? "the 1 deal" : "none of the " + closed + " deals") + " closed " + window
                        + (closed == 1 ? " was lost" : " was won") + " (0 % win rate)";
            }
            return window + " " + won + " of " + plural(closed, "closed deal") + (won == 1 ? " was" : " were")
                    + " won (" + percent(winRate) + " win rate), " + amount(dealSize) + " on average, after "
                    + plain(cycle) + " days on average";
        }

        String needs(long deals, long opportunities, BigDecimal dealSize, BigDecimal winRate) {
            String chance = "at a " + percent(winRate) + " win rate ";
            if (revenue) {
                return "at " + amount(dealSize) + " per deal that is " + plural(deals, "more deal") + " won; " + chance
                        + plural(opportunities, "opportunity", "opportunities") + " to work";
            }
            return chance + plural(deals, "deal") + (deals == 1 ? " takes " : " take ")
                    + plural(opportunities, "opportunity", "opportunities") + " to work";
        }

        String coverage(LocalDate periodEnd, BigDecimal open, BigDecimal remaining, BigDecimal coverage,
                BigDecimal requiredCoverage, BigDecimal winRate, long closed) {
            String expected = "expected to close by " + periodEnd;
            String rest = revenue ? amount(remaining) : plural(remaining.longValueExact(), "deal");
            String covers = open.signum() == 0 ? "no open pipeline is " + expected
                    : "open pipeline " + expected + " covers " + times(coverage) + " the remaining " + rest;
            if (requiredCoverage != null) {
                return covers + "; " + times(requiredCoverage) + " is needed at a " + percent(winRate) + " win rate";
            }
            if (closed > 0) {
                return covers + "; at a 0 % win rate no coverage is enough";
            }
            if (open.compareTo(remaining) < 0) {
                BigDecimal gap = remaining.subtract(open);
                return covers + ": even winning all of it leaves "
                        + (revenue ? amount(gap) : plural(gap.longValueExact(), "deal"));
            }
            return covers + ": enough only if at least "
                    + percent(remaining.divide(open, 4, RoundingMode.CEILING)) + " of it is won";
        }
    }

    /** "400 000", "200 000.50": grouped by spaces, decimals only when there are cents. */
    static String amount(BigDecimal value) {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", SYMBOLS);
        return format.format(value);
    }

    /** A 0–1 rate as "20 %" or "33.33 %". */
    static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2)) + " %";
    }

    private static String times(BigDecimal ratio) {
        return ratio.setScale(2, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator('.');
        return symbols;
    }

    private static String plural(long count, String noun) {
        return plural(count, noun, noun + "s");
    }

    private static String plural(long count, String singular, String pluralForm) {
        return count + " " + (count == 1 ? singular : pluralForm);
    }
}
