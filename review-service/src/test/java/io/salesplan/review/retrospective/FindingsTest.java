package io.salesplan.review.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.conversion.StageConversion;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.retrospective.RetrospectiveDtos.Snapshot;
import io.salesplan.review.retrospective.RetrospectiveDtos.StaleDeal;
import io.salesplan.review.variance.GoalStatus;
import io.salesplan.review.variance.GoalVarianceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 13);

    private static GoalVarianceView goal(String metric, String activityType, String target, String actual,
            String expected, GoalStatus status) {
        return new GoalVarianceView(UUID.randomUUID(), "t", metric, activityType, "AT_LEAST", "REP", UUID.randomUUID(),
                "2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), AS_OF, 64, 33, "CNY",
                new BigDecimal(target), actual == null ? null : new BigDecimal(actual), null, null,
                expected == null ? null : new BigDecimal(expected), null, null, status, List.of());
    }

    private static StaleDeal stale() {
        return new StaleDeal(UUID.randomUUID(), UUID.randomUUID(), "PROPOSAL", BigDecimal.TEN, AS_OF.minusDays(20), 20);
    }

    @Test
    void anAdditiveGoalBehindPaceSaysByHowMuchOfTheExpectedToDate() {
        assertThat(Findings.goal(goal("REVENUE_WON", null, "1000000", "335156.25", "515625.00", GoalStatus.BEHIND)))
                .isEqualTo("REVENUE_WON is 35 % behind pace");
        assertThat(Findings.goal(goal("ACTIVITIES", "CALL", "64", "30", "33", GoalStatus.AT_RISK)))
                .isEqualTo("ACTIVITIES (CALL) is 9 % behind pace");
    }

    @Test
    void aGoalOnPaceAchievedOrMissedIsSaidSo() {
        assertThat(Findings.goal(goal("DEALS_WON", null, "10", "6", "5.16", GoalStatus.ON_TRACK))).isNull();
        assertThat(Findings.goal(goal("DEALS_WON", null, "10", "12", "5.16", GoalStatus.ACHIEVED)))
                .isEqualTo("DEALS_WON has reached its target: 12 of 10");
        assertThat(Findings.goal(goal("DEALS_WON", null, "10.00", "4", "10", GoalStatus.MISSED)))
                .isEqualTo("DEALS_WON missed its target: 4 of 10");
    }

    @Test
    void aRatioGoalBelowTargetGivesActualAgainstTarget() {
        assertThat(Findings.goal(goal("WIN_RATE", null, "0.5", "0.4", null, GoalStatus.BEHIND)))
                .isEqualTo("WIN_RATE is 0.4 against a target of 0.5");
        assertThat(Findings.goal(goal("WIN_RATE", null, "0.5", null, null, null))).isNull();
        assertThat(Findings.goal(goal(null, null, "0", null, null, null))).isNull();
    }

    @Test
    void theSnapshotGivesLeakBestActivityAndStaleDealsInWords() {
        ConversionView conversion = new ConversionView(UUID.randomUUID(), AS_OF, AS_OF, AS_OF, 10, 2, 5,
                List.of(new StageConversion("QUALIFIED", 10, new BigDecimal("0.7"), 3L, null),
                        new StageConversion("PROPOSAL", 7, new BigDecimal("0.2857"), 5L, null),
                        new StageConversion("WON", 2, null, null, null)),
                new BigDecimal("0.2857"), "PROPOSAL");
        TypeEffectiveness visit = new TypeEffectiveness("VISIT", 12, 5, 2, 3, new BigDecimal("0.4"),
                new BigDecimal("6"));
        Snapshot snapshot = new Snapshot(AS_OF,
                List.of(goal("REVENUE_WON", null, "1000000", "335156.25", "515625.00", GoalStatus.BEHIND)),
                conversion, "PROPOSAL", visit, 14, List.of(stale(), stale(), stale()));

        assertThat(Findings.draft(snapshot)).containsExactly(
                "REVENUE_WON is 35 % behind pace",
                "most deals are lost after PROPOSAL: only 29 % move on to the next stage",
                "VISIT converts best: 40 % win rate",
                "3 open deals have had no activity for 14 days");
    }

    @Test
    void nothingToSayGivesNoFindingsAndOneStaleDealIsSingular() {
        assertThat(Findings.draft(new Snapshot(AS_OF, List.of(), null, null, null, 14, List.of()))).isEmpty();
        assertThat(Findings.draft(new Snapshot(AS_OF, List.of(), null, null, null, 7, List.of(stale()))))
                .containsExactly("1 open deal has had no activity for 7 days");
    }
}
