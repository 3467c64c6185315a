package io.salesplan.review.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.review.aggregate.DealTotals;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.opportunity.OpenPipeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A 2026-Q1 revenue goal of 1 000 000 with 600 000 won, assessed on Monday 2026-03-02: 400 000
 * remain, 21 working days and 29 calendar days after that day. History: 2 of 10 closed deals won,
 * 200 000 in all, 45 days each on average → win rate 20 %, requiredCoverage 5.00, average deal
 * 100 000; so 4 deals and 20 opportunities are needed. Thresholds: coverage 5.00 (pipeline
 * 2 000 000) for REALISTIC, 2.50 (1 000 000) and a cycle of at most 29 days for STRETCH.
 */
class FeasibilityRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    private static final DealTotals HISTORY = new DealTotals(12, 2, new BigDecimal("200000"), 90, 8);
    private static final DealTotals NO_HISTORY = DealTotals.NONE;

    private static FeasibilityRules.Assessment revenue(String actual, DealTotals history, String pipeline) {
        return revenue(actual, history, pipeline, AS_OF);
    }

    private static FeasibilityRules.Assessment revenue(String actual, DealTotals history, String pipeline,
            LocalDate asOf) {
        return FeasibilityRules.assess(new FeasibilityRules.Input(Metric.REVENUE_WON, new BigDecimal("1000000.00"),
                new BigDecimal(actual), START, END, asOf, 180, history,
                new OpenPipeline(new BigDecimal(pipeline), 3, BigDecimal.ZERO, 0)));
    }

    private static DealTotals historyWithCycleDays(long totalCycleDays) {
        return new DealTotals(12, 2, new BigDecimal("200000"), totalCycleDays, 8);
    }

    @Test
    void requiredAndHistoryNumbersFollowFromRemainderDealSizeAndWinRate() {
        var a = revenue("600000", HISTORY, "720000");
        assertThat(a.required()).isEqualTo(new FeasibilityView.Required(new BigDecimal("1000000.00"),
                new BigDecimal("600000.00"), new BigDecimal("400000.00"), 21, 29, 4L, 20L));
        assertThat(a.history()).isEqualTo(new FeasibilityView.History(180, LocalDate.of(2025, 9, 4), AS_OF, 2, 8,
                new BigDecimal("0.2000"), new BigDecimal("100000.00"), new BigDecimal("45.00")));
        assertThat(a.coverage()).isEqualByComparingTo("1.80");
        assertThat(a.requiredCoverage()).isEqualByComparingTo("5.00");
        assertThat(a.verdict()).isEqualTo(Verdict.UNREALISTIC);
        assertThat(a.reasons()).containsExactly(
                "400 000 of the 1 000 000 target remains, with 21 working days left until 2026-03-31",
                "in the last 180 days 2 of 10 closed deals were won (20 % win rate), 100 000 on average, after 45 "
                        + "days on average",
                "at 100 000 per deal that is 4 more deals won; at a 20 % win rate 20 opportunities to work",
                "open pipeline expected to close by 2026-03-31 covers 1.80× the remaining 400 000; 5.00× is needed "
                        + "at a 20 % win rate",
                "the average cycle of 45 days is longer than the 29 days left: new opportunities are unlikely to "
                        + "close in time");
    }

    @Test
    void coverageAtTheRequiredCoverageIsRealisticAndJustBelowIsAStretch() {
        assertThat(revenue("600000", HISTORY, "2000000").verdict()).isEqualTo(Verdict.REALISTIC);
        var below = revenue("600000", historyWithCycleDays(58), "1996000");
        assertThat(below.coverage()).isEqualByComparingTo("4.99");
        assertThat(below.verdict()).isEqualTo(Verdict.STRETCH);
    }

    @Test
    void coverageIsComparedAsReportedWithTwoDecimals() {
        var rounded = revenue("600000", historyWithCycleDays(58), "1998000");
        assertThat(rounded.coverage()).isEqualByComparingTo("5.00");
        assertThat(rounded.verdict()).isEqualTo(Verdict.REALISTIC);
    }

    @Test
    void enoughCoverageIsRealisticEvenWhenTheCycleIsLongerThanTheTimeLeft() {
        var a = revenue("600000", historyWithCycleDays(120), "2000000");
        assertThat(a.verdict()).isEqualTo(Verdict.REALISTIC);
        assertThat(a.reasons()).last().asString().startsWith("the average cycle of 60 days is longer than the 29");
    }

    @Test
    void halfTheRequiredCoverageIsAStretchAndJustBelowIsUnrealistic() {
        var half = revenue("600000", historyWithCycleDays(58), "1000000");
        assertThat(half.coverage()).isEqualByComparingTo("2.50");
        assertThat(half.verdict()).isEqualTo(Verdict.STRETCH);
        var below = revenue("600000", historyWithCycleDays(58), "996000");
        assertThat(below.coverage()).isEqualByComparingTo("2.49");
        assertThat(below.verdict()).isEqualTo(Verdict.UNREALISTIC);
    }

    @Test
    void aStretchNeedsACycleNoLongerThanTheDaysLeft() {
        var fits = revenue("600000", historyWithCycleDays(58), "1000000");
        assertThat(fits.history().averageCycleDays()).isEqualByComparingTo("29");
        assertThat(fits.verdict()).isEqualTo(Verdict.STRETCH);
        assertThat(fits.reasons()).noneMatch(r -> r.contains("average cycle"));
        var tooLong = revenue("600000", historyWithCycleDays(59), "1000000");
        assertThat(tooLong.history().averageCycleDays()).isEqualByComparingTo("29.5");
        assertThat(tooLong.verdict()).isEqualTo(Verdict.UNREALISTIC);
        assertThat(tooLong.reasons()).contains("the average cycle of 29.5 days is longer than the 29 days left: new "
                + "opportunities are unlikely to close in time");
    }

    @Test
    void withoutHistoryNoWinRateIsAssumedAndAPipelineCoveringTheRemainderIsAStretch() {
        var covered = revenue("600000", NO_HISTORY, "400000");
        assertThat(covered.verdict()).isEqualTo(Verdict.STRETCH);
        assertThat(covered.coverage()).isEqualByComparingTo("1.00");
        assertThat(covered.requiredCoverage()).isNull();
        assertThat(covered.required().deals()).isNull();
        assertThat(covered.required().opportunities()).isNull();
        assertThat(covered.history()).isEqualTo(new FeasibilityView.History(180, LocalDate.of(2025, 9, 4), AS_OF, 0,
                0, null, null, null));
        assertThat(covered.reasons()).containsExactly(
                "400 000 of the 1 000 000 target remains, with 21 working days left until 2026-03-31",
                "no closed deals in the last 180 days: win rate, average deal size and cycle length unknown",
                "open pipeline expected to close by 2026-03-31 covers 1.00× the remaining 400 000: enough only if "
                        + "at least 100 % of it is won");
    }

    @Test
    void withoutHistoryAPipelineShortOfTheRemainderIsUnrealistic() {
        var short_ = revenue("600000", NO_HISTORY, "396000");
        assertThat(short_.coverage()).isEqualByComparingTo("0.99");
        assertThat(short_.verdict()).isEqualTo(Verdict.UNREALISTIC);
        assertThat(short_.reasons()).contains("open pipeline expected to close by 2026-03-31 covers 0.99× the "
                + "remaining 400 000: even winning all of it leaves 4 000");
        assertThat(revenue("600000", NO_HISTORY, "0").reasons())
                .contains("no open pipeline is expected to close by 2026-03-31: even winning all of it leaves 400 000");
    }

    @Test
    void closedDealsWithNoneWonAreUnrealisticWhateverThePipeline() {
        var a = revenue("600000", new DealTotals(4, 0, BigDecimal.ZERO, 0, 4), "9000000");
        assertThat(a.verdict()).isEqualTo(Verdict.UNREALISTIC);
        assertThat(a.requiredCoverage()).isNull();
        assertThat(a.history().winRate()).isEqualByComparingTo("0");
        assertThat(a.reasons()).contains("none of the 4 deals closed in the last 180 days was won (0 % win rate)",
                "open pipeline expected to close by 2026-03-31 covers 22.50× the remaining 400 000; at a 0 % win "
                        + "rate no coverage is enough");
    }

    @Test
    void aGoalAlreadyMetIsRealisticWithNothingRequired() {
        var met = revenue("1000000", NO_HISTORY, "0");
        assertThat(met.verdict()).isEqualTo(Verdict.REALISTIC);
        assertThat(met.coverage()).isNull();
        assertThat(met.required().remaining()).isEqualByComparingTo("0");
        assertThat(met.required().deals()).isZero();
        assertThat(met.required().opportunities()).isZero();
        assertThat(met.reasons()).first().isEqualTo("target met: 1 000 000 won of 1 000 000");
        var oneCentShort = revenue("999999.99", HISTORY, "0");
        assertThat(oneCentShort.required().remaining()).isEqualByComparingTo("0.01");
        assertThat(oneCentShort.required().deals()).isEqualTo(1);
        assertThat(oneCentShort.verdict()).isEqualTo(Verdict.UNREALISTIC);
    }

    @Test
    void afterThePeriodAMissedGoalIsUnrealistic() {
        var a = revenue("600000", HISTORY, "0", LocalDate.of(2026, 4, 1));
        assertThat(a.verdict()).isEqualTo(Verdict.UNREALISTIC);
        assertThat(a.required().remainingWorkingDays()).isZero();
        assertThat(a.required().daysLeft()).isZero();
        assertThat(a.reasons()).first()
                .isEqualTo("the period ended on 2026-03-31 with 400 000 of the 1 000 000 target missing");
    }

    @Test
    void beforeThePeriodEveryWorkingDayIsLeft() {
        var a = revenue("0", HISTORY, "5000000", LocalDate.of(2025, 12, 31));
        assertThat(a.required().remainingWorkingDays()).isEqualTo(64);
        assertThat(a.required().daysLeft()).isEqualTo(90);
        assertThat(a.verdict()).isEqualTo(Verdict.REALISTIC);
    }

    @Test
    void dealGoalsCompareOpenDealsWithRemainingDeals() {
        FeasibilityRules.Input input = new FeasibilityRules.Input(Metric.DEALS_WON, new BigDecimal("10.00"),
                new BigDecimal("6"), START, END, AS_OF, 180, historyWithCycleDays(58),
                new OpenPipeline(new BigDecimal("123456.78"), 20, new BigDecimal("250000"), 3));
        var a = FeasibilityRules.assess(input);
        assertThat(a.required().remaining()).isEqualByComparingTo("4");
        assertThat(a.required().deals()).isEqualTo(4);
        assertThat(a.required().opportunities()).isEqualTo(20);
        assertThat(a.coverage()).isEqualByComparingTo("5.00");
        assertThat(a.verdict()).isEqualTo(Verdict.REALISTIC);
        assertThat(a.reasons()).containsExactly(
                "4 of the 10 deals remain, with 21 working days left until 2026-03-31",
                "in the last 180 days 2 of 10 closed deals were won (20 % win rate), 100 000 on average, after 29 "
                        + "days on average",
                "at a 20 % win rate 4 deals take 20 opportunities to work",
                "open pipeline expected to close by 2026-03-31 covers 5.00× the remaining 4 deals; 5.00× is needed "
                        + "at a 20 % win rate",
                "3 open deals worth 250 000 were expected to close before 2026-03-02 and are not counted");
        var oneFewer = FeasibilityRules.assess(new FeasibilityRules.Input(Metric.DEALS_WON, new BigDecimal("10"),
                new BigDecimal("6"), START, END, AS_OF, 180, historyWithCycleDays(58),
                new OpenPipeline(BigDecimal.ZERO, 19, BigDecimal.ZERO, 0)));
        assertThat(oneFewer.coverage()).isEqualByComparingTo("4.75");
        assertThat(oneFewer.verdict()).isEqualTo(Verdict.STRETCH);
    }

    @Test
    void otherMetricsAreNotAssessed() {
        assertThatThrownBy(() -> FeasibilityRules.assess(new FeasibilityRules.Input(Metric.ACTIVITIES,
                BigDecimal.TEN, BigDecimal.ONE, START, END, AS_OF, 180, HISTORY,
                new OpenPipeline(BigDecimal.ZERO, 0, BigDecimal.ZERO, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
