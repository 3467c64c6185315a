package io.salesplan.review.variance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 2026-Q1: 64 working days, from Thursday 1 January to Tuesday 31 March. */
class VarianceCalculatorTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);
    private static final BigDecimal TARGET = new BigDecimal("64");

    private static Variance deals(String actual, String asOf) {
        return VarianceCalculator.additive(TARGET, new BigDecimal(actual), Pace.of(START, END, LocalDate.parse(asOf)), 0);
    }

    @Test
    void onThePeriodsFirstDayOneWorkingDayIsExpected() {
        Variance behind = deals("0", "2026-01-01");
        assertThat(behind.expectedToDate()).isEqualByComparingTo("1");
        assertThat(behind.projected()).isEqualByComparingTo("0");
        assertThat(behind.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(deals("1", "2026-01-01").status()).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void inTheMiddleThePaceDecidesBetweenOnTrackAtRiskAndBehind() {
        // 13 February: 22 working days in January + 10 in February = 32 of 64.
        Variance onTrack = deals("32", "2026-02-13");
        assertThat(onTrack.expectedToDate()).isEqualByComparingTo("32");
        assertThat(onTrack.paceVariance()).isEqualByComparingTo("0");
        assertThat(onTrack.projected()).isEqualByComparingTo("64");
        assertThat(onTrack.variance()).isEqualByComparingTo("-32");
        assertThat(onTrack.attainment()).isEqualByComparingTo("0.5");
        assertThat(onTrack.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(deals("25.6", "2026-02-13").status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(deals("26", "2026-02-13").status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(deals("25", "2026-02-13").status()).isEqualTo(GoalStatus.BEHIND);
    }

    @Test
    void aWeekendDayCountsNoExtraWorkingDay() {
        assertThat(deals("0", "2026-02-15").expectedToDate()).isEqualByComparingTo("32");
    }

    @Test
    void onTheLastDayTheWholeTargetIsExpectedButNothingIsMissedYet() {
        Variance last = deals("63", "2026-03-31");
        assertThat(last.expectedToDate()).isEqualByComparingTo("64");
        assertThat(last.status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(deals("64", "2026-03-31").status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void afterThePeriodAnUnmetTargetIsMissedAndAMetOneAchieved() {
        Variance after = deals("63", "2026-04-01");
        assertThat(after.status()).isEqualTo(GoalStatus.MISSED);
        assertThat(after.expectedToDate()).isEqualByComparingTo("64");
        assertThat(after.projected()).isEqualByComparingTo("63");
        assertThat(deals("70", "2026-06-30").status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void aTargetMetEarlyIsAchievedAtOnce() {
        assertThat(deals("64", "2026-01-02").status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void beforeThePeriodNothingIsExpectedAndNoProjectionExists() {
        Variance before = deals("0", "2025-12-31");
        assertThat(before.expectedToDate()).isEqualByComparingTo("0");
        assertThat(before.projected()).isNull();
        assertThat(before.status()).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void moneyKeepsTwoDecimalsAndAZeroTargetHasNoAttainment() {
        Variance money = VarianceCalculator.additive(new BigDecimal("1000000.00"), new BigDecimal("333333.333"),
                Pace.of(START, END, LocalDate.of(2026, 1, 1)), 2);
        assertThat(money.actual()).isEqualTo(new BigDecimal("333333.33"));
        assertThat(money.expectedToDate()).isEqualTo(new BigDecimal("15625.00"));
        Variance zero = VarianceCalculator.additive(BigDecimal.ZERO, BigDecimal.ZERO,
                Pace.of(START, END, LocalDate.of(2026, 1, 1)), 0);
        assertThat(zero.attainment()).isNull();
        assertThat(zero.status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void ratioMetricsAreNotPacedAndCompareWithTheTargetWhileThePeriodRuns() {
        Pace middle = Pace.of(START, END, LocalDate.of(2026, 2, 13));
        Variance winRate = VarianceCalculator.ratio(new BigDecimal("0.25"), new BigDecimal("0.3000"), true, middle);
        assertThat(winRate.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(winRate.expectedToDate()).isNull();
        assertThat(winRate.paceVariance()).isNull();
        assertThat(winRate.projected()).isNull();
        assertThat(winRate.variance()).isEqualByComparingTo("0.05");
        assertThat(winRate.attainment()).isEqualByComparingTo("1.2");
        assertThat(VarianceCalculator.ratio(new BigDecimal("0.25"), new BigDecimal("0.2"), true, middle).status())
                .isEqualTo(GoalStatus.BEHIND);
    }

    @Test
    void cycleDaysAreBetterWhenLower() {
        Pace middle = Pace.of(START, END, LocalDate.of(2026, 2, 13));
        assertThat(VarianceCalculator.ratio(new BigDecimal("30"), new BigDecimal("25"), false, middle).status())
                .isEqualTo(GoalStatus.ON_TRACK);
        assertThat(VarianceCalculator.ratio(new BigDecimal("30"), new BigDecimal("35"), false, middle).status())
                .isEqualTo(GoalStatus.BEHIND);
        Pace after = Pace.of(START, END, LocalDate.of(2026, 4, 1));
        assertThat(VarianceCalculator.ratio(new BigDecimal("30"), new BigDecimal("30"), false, after).status())
                .isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void aRatioWithNoClosedDealHasANullActual() {
        Variance running = VarianceCalculator.ratio(new BigDecimal("0.25"), null, true,
                Pace.of(START, END, LocalDate.of(2026, 1, 1)));
        assertThat(running.actual()).isNull();
        assertThat(running.variance()).isNull();
        assertThat(running.attainment()).isNull();
        assertThat(running.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(VarianceCalculator.ratio(new BigDecimal("0.25"), null, true,
                Pace.of(START, END, LocalDate.of(2026, 4, 1))).status()).isEqualTo(GoalStatus.MISSED);
    }

    @Test
    void ratioMetricsDivideWhatClosedAndAreNullWithoutDeals() {
        assertThat(RatioMetrics.winRate(2, 1)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(RatioMetrics.winRate(0, 0)).isNull();
        assertThat(RatioMetrics.averageDealSize(new BigDecimal("500000.50"), 2)).isEqualTo(new BigDecimal("250000.25"));
        assertThat(RatioMetrics.averageDealSize(BigDecimal.ZERO, 0)).isNull();
        assertThat(RatioMetrics.salesCycleDays(46, 2)).isEqualTo(new BigDecimal("23.00"));
    }

    @Test
    void targetsShowTheMetricsDecimals() {
        assertThat(VarianceService.normalize(new BigDecimal("100.00"), 0)).isEqualTo(new BigDecimal("100"));
        assertThat(VarianceService.normalize(new BigDecimal("1000000.00"), 2)).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(VarianceService.normalize(new BigDecimal("0.20"), 4)).isEqualTo(new BigDecimal("0.2000"));
    }
}
