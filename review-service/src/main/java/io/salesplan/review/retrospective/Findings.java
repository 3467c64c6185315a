package io.salesplan.review.retrospective;

import io.salesplan.review.conversion.StageConversion;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.retrospective.RetrospectiveDtos.Snapshot;
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

    public static List<String> draft(Snapshot snapshot) {
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
        return findings;
    }

    /** Behind pace (additive metrics), below target (ratio metrics), achieved or missed; null when on track. */
    static String goal(GoalVarianceView goal) {
        if (goal.metric() == null || goal.status() == null) {
            return null;
        }
        String name = goal.activityType() == null ? goal.metric() : goal.metric() + " (" + goal.activityType() + ")";
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
