package io.salesplan.review.retrospective;

import io.salesplan.review.conversion.StageConversion;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.forecast.ForecastView;
import io.salesplan.review.lostreason.LostReasonRow;
import io.salesplan.review.variance.GoalStatus;
import io.salesplan.review.variance.GoalVarianceView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Draft findings in plain words, with the numbers, from a snapshot. */
public final class Findings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Findings() {
    }

    public static List<String> draft(RetrospectiveSnapshot snapshot) {
        List<String> findings = new ArrayList<>();
        for (GoalVarianceView goal : snapshot.goals()) {
            String finding = goal(goal);
            if (finding != null) {
                findings.add(finding);
            }
        }
        if (snapshot.biggestLeak() != null && snapshot.conversion() != null) {
            findings.add(leak(snapshot.biggestLeak(), snapshot.conversion().stages()));
        }
        TypeEffectiveness best = snapshot.bestActivityType();
        if (best != null) {
            findings.add(best.type() + " converts best: " + percent(best.winRate()) + " % win rate");
        }
        int stale = snapshot.staleDeals().size();
        if (stale > 0) {
            findings.add(stale + (stale == 1 ? " open deal has" : " open deals have") + " had no activity for "
                    + snapshot.staleDays() + " days");
        }
        if (snapshot.segments() != null) {
            for (SegmentExtremes extremes : snapshot.segments()) {
                if (extremes.best() != null) {
                    findings.add(segment(extremes.dimension(), extremes.best()));
                    findings.add(segment(extremes.dimension(), extremes.worst()));
                }
            }
        }
        if (snapshot.topLostReasons() != null && !snapshot.topLostReasons().isEmpty()) {
            findings.add(lostReasons(snapshot.topLostReasons()));
        }
        String forecast = forecast(snapshot);
        if (forecast != null) {
            findings.add(forecast);
        }
        return findings;
    }

    /** "Deals in Manufacturing close at 42 % against 18 % elsewhere"; sizes read "Deals with LARGE customers". */
    static String segment(String dimension, SegmentStanding standing) {
        String deals = "size".equals(dimension) ? "Deals with " + standing.segment() + " customers"
                : "Deals in " + standing.segment();
        return deals + " close at " + percent(standing.winRate()) + " %" + (standing.winRateElsewhere() == null ? ""
                : " against " + percent(standing.winRateElsewhere()) + " % elsewhere");
    }

    /** "Deals are lost mostly to PRICE (40 %), COMPETITOR (30 %) and TIMING (10 %)". */
    static String lostReasons(List<LostReasonRow> top) {
        List<String> parts = top.stream().map(r -> r.code() + " (" + percent(r.share()) + " %)").toList();
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Deals are lost mostly to " + listed;
    }

    /**
     * Once the period has ended, how the last forecast call came in; while it runs, the gap that won and
     * committed deals leave to the target. Null when there is nothing to say.
     */
    static String forecast(RetrospectiveSnapshot snapshot) {
        CallAccuracy calls = snapshot.forecastAccuracy();
        if (calls != null && calls.lastAccuracy() != null) {
            return "The last forecast call, " + plain(calls.lastCall()) + ", came in at "
                    + percent(calls.lastAccuracy()) + " %: " + plain(calls.actual()) + " won"
                    + (calls.calls() > 1 && calls.meanAccuracy() != null
                            ? " (the " + calls.calls() + " weekly calls averaged " + percent(calls.meanAccuracy())
                                    + " %)" : "");
        }
        ForecastView forecast = snapshot.forecast();
        if (forecast == null || forecast.gap() == null || !snapshot.asOf().isBefore(forecast.periodEnd())) {
            return null;
        }
        return forecast.gap().signum() > 0
                ? "Won and committed deals leave " + plain(forecast.gap()) + " to the target of " + plain(forecast.target())
                : "Won and committed deals cover the target of " + plain(forecast.target());
    }

    /** Behind pace (additive metrics), below target (ratio metrics), achieved or missed; null when on track. */
    static String goal(GoalVarianceView goal) {
        if (goal.metric() == null || goal.status() == null) {
            return null;
        }
        String name = goal.activityType() == null ? goal.metric().name()
                : goal.metric() + " (" + goal.activityType() + ")";
        GoalStatus status = goal.status();
        if (status == GoalStatus.ACHIEVED) {
            return name + " has reached its target: " + plain(goal.actual()) + " of " + plain(goal.target());
        }
        if (status == GoalStatus.MISSED) {
            return name + " missed its target: " + plain(goal.actual()) + " of " + plain(goal.target());
        }
        if (goal.expectedToDate() != null) {
            if (goal.actual().compareTo(goal.expectedToDate()) >= 0 || goal.expectedToDate().signum() == 0) {
                return null;
            }
            BigDecimal gap = goal.expectedToDate().subtract(goal.actual());
            return name + " is " + percent(gap.divide(goal.expectedToDate(), 4, RoundingMode.HALF_UP))
                    + " % behind pace";
        }
        if (status == GoalStatus.BEHIND && goal.actual() != null) {
            return name + " is " + plain(goal.actual()) + " against a target of " + plain(goal.target());
        }
        return null;
    }

    static String leak(String stage, List<StageConversion> stages) {
        for (StageConversion row : stages) {
            if (row.stage().equals(stage) && row.conversionToNext() != null) {
                return "most deals are lost after " + stage + ": only " + percent(row.conversionToNext())
                        + " % move on to the next stage";
            }
        }
        return "most deals are lost after " + stage;
    }

    /** A ratio as a whole percentage: 0.4 → 40, 0.3549 → 35. */
    static String percent(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
