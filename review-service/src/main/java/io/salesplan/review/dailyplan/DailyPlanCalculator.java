package io.salesplan.review.dailyplan;

import io.salesplan.platform.period.WorkingDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The target re-paced for one day: what is left, spread over the working days left. */
public final class DailyPlanCalculator {

    private DailyPlanCalculator() {
    }

    /** One goal's numbers for the day. */
    public record Day(BigDecimal remaining, int remainingWorkingDays, long requiredToday) {
    }

    /**
     * @param doneBefore what was done from the period's start up to the day before {@code date}
     * @return remaining = target − doneBefore (never below 0); working days from {@code date} to the
     *         period's end, both included; requiredToday = ceil(remaining ÷ those days), or all the
     *         remainder when no working day is left (a weekend after the last working day)
     */
    public static Day compute(BigDecimal target, long doneBefore, LocalDate date, LocalDate periodEnd) {
        BigDecimal remaining = target.subtract(BigDecimal.valueOf(doneBefore)).max(BigDecimal.ZERO);
        int days = WorkingDays.between(date, periodEnd);
        BigDecimal perDay = remaining.divide(BigDecimal.valueOf(Math.max(days, 1)), 0, RoundingMode.CEILING);
        return new Day(remaining.stripTrailingZeros().setScale(0, RoundingMode.CEILING), days,
                perDay.longValueExact());
    }
}
