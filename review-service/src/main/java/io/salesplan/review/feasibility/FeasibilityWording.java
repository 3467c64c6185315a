package io.salesplan.review.feasibility;

import io.salesplan.review.opportunity.OpenPipeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** The wording of {@link FeasibilityRules}' reasons: amounts for revenue goals, deal counts for deal goals. */
record FeasibilityWording(boolean revenue) {

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    /** "400 000 of the 1 000 000 target" or "4 of the 10 deals". */
    String ofTarget(BigDecimal part, BigDecimal target) {
        return revenue ? amount(part) + " of the " + amount(target) + " target"
                : part.toPlainString() + " of the " + plural(target.longValueExact(), "deal");
    }

    String met(BigDecimal actual, BigDecimal target) {
        return "target met: " + (revenue ? amount(actual) + " won of " + amount(target)
                : actual.toPlainString() + " of " + plural(target.longValueExact(), "deal") + " won");
    }

    String ended(LocalDate periodEnd, BigDecimal remaining, BigDecimal target) {
        return "the period ended on " + periodEnd + " with " + ofTarget(remaining, target) + " missing";
    }

    String remains(BigDecimal remaining, BigDecimal target, long workingDaysLeft, LocalDate periodEnd) {
        return ofTarget(remaining, target) + (remaining.compareTo(BigDecimal.ONE) == 0 || revenue
                ? " remains" : " remain") + ", with " + plural(workingDaysLeft, "working day") + " left until "
                + periodEnd;
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

    static String overdue(OpenPipeline open, LocalDate asOf) {
        return plural(open.overdueDeals(), "open deal") + " worth " + amount(open.overdueAmount())
                + (open.overdueDeals() == 1 ? " was" : " were") + " expected to close before " + asOf
                + " and " + (open.overdueDeals() == 1 ? "is" : "are") + " not counted";
    }

    static String cycleTooLong(BigDecimal cycle, long daysLeft) {
        return "the average cycle of " + plain(cycle) + " days is longer than the "
                + plural(daysLeft, "day") + " left: new opportunities are unlikely to close in time";
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
