package io.salesplan.review.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.conversion.StageConversion;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.forecast.ForecastView;
import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.goal.Direction;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.lostreason.LostReasonRow;
import io.salesplan.review.variance.GoalStatus;
import io.salesplan.review.variance.GoalVarianceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 13);

    private static GoalVarianceView goal(String metric, String activityType, String target, String actual,
            String expected, GoalStatus status) {
        return new GoalVarianceView(UUID.randomUUID(), "t", metric == null ? null : Metric.valueOf(metric),
                activityType == null ? null : ActivityType.valueOf(activityType), Direction.AT_LEAST, "REP",
                UUID.randomUUID(),
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
        RetrospectiveSnapshot snapshot = new RetrospectiveSnapshot(AS_OF,
                List.of(goal("REVENUE_WON", null, "1000000", "335156.25", "515625.00", GoalStatus.BEHIND)),
                conversion, "PROPOSAL", visit, 14, List.of(stale(), stale(), stale()), null, null, null, null);

        assertThat(Findings.draft(snapshot)).containsExactly(
                "REVENUE_WON is 35 % behind pace",
                "most deals are lost after PROPOSAL: only 29 % move on to the next stage",
                "VISIT converts best: 40 % win rate",
                "3 open deals have had no activity for 14 days");
    }

    @Test
    void nothingToSayGivesNoFindingsAndOneStaleDealIsSingular() {
        assertThat(Findings.draft(new RetrospectiveSnapshot(AS_OF, List.of(), null, null, null, 14, List.of(), List.of(),
                List.of(), null, null))).isEmpty();
        assertThat(Findings.draft(new RetrospectiveSnapshot(AS_OF, List.of(), null, null, null, 7, List.of(stale()), null, null,
                null, null))).containsExactly("1 open deal has had no activity for 7 days");
    }

    private static SegmentStanding standing(String segment, String rate, long closed, String elsewhere) {
        return new SegmentStanding(segment, new BigDecimal(rate), closed, elsewhere == null ? null
                : new BigDecimal(elsewhere));
    }

    @Test
    void segmentsSayWhichCustomersConvertAgainstTheRest() {
        assertThat(Findings.segment("industry", standing("Manufacturing", "0.4167", 12, "0.1818")))
                .isEqualTo("Deals in Manufacturing close at 42 % against 18 % elsewhere");
        assertThat(Findings.segment("region", standing("North", "0.05", 20, null)))
                .isEqualTo("Deals in North close at 5 %");
        assertThat(Findings.segment("size", standing("ENTERPRISE", "0.6", 10, "0.3")))
                .isEqualTo("Deals with ENTERPRISE customers close at 60 % against 30 % elsewhere");
    }

    private static LostReasonRow lost(String code, String share) {
        return new LostReasonRow(code, 1, BigDecimal.TEN, new BigDecimal(share), Map.of());
    }

    @Test
    void lostReasonsAreListedMostFrequentFirst() {
        assertThat(Findings.lostReasons(List.of(lost("PRICE", "0.4"), lost("COMPETITOR", "0.3"),
                lost("TIMING", "0.1")))).isEqualTo("Deals are lost mostly to PRICE (40 %), COMPETITOR (30 %) and TIMING (10 %)");
        assertThat(Findings.lostReasons(List.of(lost("NO_BUDGET", "1")))).isEqualTo("Deals are lost mostly to NO_BUDGET (100 %)");
    }

    private static ForecastView forecast(String target, String gap) {
        return new ForecastView("TEAM", UUID.randomUUID(), "2026-Q1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), AS_OF, "CNY", target == null ? null : new BigDecimal(target), null,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                gap == null ? null : new BigDecimal(gap));
    }

    private static RetrospectiveSnapshot withForecast(ForecastView forecast, CallAccuracy calls) {
        return new RetrospectiveSnapshot(AS_OF, List.of(), null, null, null, 14, List.of(), List.of(), List.of(), forecast, calls);
    }

    @Test
    void anEndedPeriodSaysHowTheLastCallCameInAndARunningOneTheGapToTheTarget() {
        CallAccuracy ended = new CallAccuracy(3, new BigDecimal("2300000.00"), new BigDecimal("2070000.00"),
                new BigDecimal("0.9"), new BigDecimal("0.8512"));
        assertThat(Findings.forecast(withForecast(forecast("2500000", "100"), ended))).isEqualTo(
                "The last forecast call, 2300000, came in at 90 %: 2070000 won (the 3 weekly calls averaged 85 %)");
        CallAccuracy one = new CallAccuracy(1, new BigDecimal("300000"), new BigDecimal("410000"),
                new BigDecimal("1.3667"), new BigDecimal("1.3667"));
        assertThat(Findings.forecast(withForecast(null, one)))
                .isEqualTo("The last forecast call, 300000, came in at 137 %: 410000 won");
        CallAccuracy running = new CallAccuracy(2, new BigDecimal("300000"), null, null, null);
        assertThat(Findings.forecast(withForecast(forecast("1000000.00", "250000.00"), running)))
                .isEqualTo("Won and committed deals leave 250000 to the target of 1000000");
        assertThat(Findings.forecast(withForecast(forecast("1000000", "-5000"), null)))
                .isEqualTo("Won and committed deals cover the target of 1000000");
        assertThat(Findings.forecast(withForecast(forecast(null, null), null))).isNull();
        RetrospectiveSnapshot atTheEnd = new RetrospectiveSnapshot(LocalDate.of(2026, 3, 31), List.of(), null, null, null, 14, List.of(),
                List.of(), List.of(), forecast("1000000", "250000"), null);
        assertThat(Findings.forecast(atTheEnd)).as("the goal's own finding says achieved or missed").isNull();
    }

    @Test
    void theSnapshotsNewPartsAppearAfterTheOthers() {
        RetrospectiveSnapshot snapshot = new RetrospectiveSnapshot(AS_OF, List.of(), null, null, null, 14, List.of(),
                List.of(new SegmentExtremes("industry", standing("Manufacturing", "0.4167", 12, "0.1818"),
                        standing("Retail", "0.1", 10, "0.3")), new SegmentExtremes("region", null, null)),
                List.of(lost("PRICE", "0.5"), lost("TIMING", "0.5")), forecast("1000", "400"), null);
        assertThat(Findings.draft(snapshot)).containsExactly(
                "Deals in Manufacturing close at 42 % against 18 % elsewhere",
                "Deals in Retail close at 10 % against 30 % elsewhere",
                "Deals are lost mostly to PRICE (50 %) and TIMING (50 %)",
                "Won and committed deals leave 400 to the target of 1000");
    }
}
