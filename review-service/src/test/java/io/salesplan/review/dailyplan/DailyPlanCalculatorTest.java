package io.salesplan.review.dailyplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyPlanCalculatorTest {

    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);

    @Test
    void onTheFirstMondayTheRemainderIsSpreadOverEveryWorkingDayAndRoundedUp() {
        var day = DailyPlanCalculator.compute(new BigDecimal("44.00"), 1, LocalDate.of(2026, 3, 2), MARCH_END);
        assertThat(day.remaining()).isEqualByComparingTo("43");
        assertThat(day.remainingWorkingDays()).isEqualTo(22);
        assertThat(day.requiredToday()).isEqualTo(2);
    }

    @Test
    void onTheLastWorkingDayEverythingLeftIsRequiredToday() {
        var day = DailyPlanCalculator.compute(new BigDecimal("44"), 6, MARCH_END, MARCH_END);
        assertThat(day.remainingWorkingDays()).isEqualTo(1);
        assertThat(day.requiredToday()).isEqualTo(38);
    }

    @Test
    void aTargetAlreadyMetLeavesNothing() {
        var day = DailyPlanCalculator.compute(new BigDecimal("5"), 9, LocalDate.of(2026, 3, 10), MARCH_END);
        assertThat(day.remaining()).isEqualByComparingTo("0");
        assertThat(day.requiredToday()).isZero();
    }

    @Test
    void aWeekendAfterTheLastWorkingDayAsksForAllTheRemainder() {
        var day = DailyPlanCalculator.compute(new BigDecimal("10"), 4, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 1, 31));
        assertThat(day.remainingWorkingDays()).isZero();
        assertThat(day.requiredToday()).isEqualTo(6);
    }
}
