package io.salesplan.review.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.aggregate.RangePlan.Days;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RangePlanTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static RangePlan of(String from, String to) {
        return RangePlan.of(day(from), day(to));
    }

    @Test
    void aYearToDateIsItsMonthsMinusTheDaysAfterToday() {
        RangePlan plan = of("2026-01-01", "2026-11-29");
        assertThat(plan.monthsFrom()).isEqualTo(day("2026-01-01"));
        assertThat(plan.monthsTo()).isEqualTo(day("2026-11-01"));
        assertThat(plan.head().count()).isZero();
        assertThat(plan.tail()).isEqualTo(new Days(day("2026-11-30"), day("2026-11-30"), -1));
    }

    @Test
    void aFewDaysIntoAMonthAreAddedRatherThanSubtractedFromIt() {
        RangePlan plan = of("2026-01-29", "2026-03-03");
        assertThat(plan.head()).isEqualTo(new Days(day("2026-01-29"), day("2026-01-31"), 1));
        assertThat(plan.monthsFrom()).isEqualTo(day("2026-02-01"));
        assertThat(plan.monthsTo()).isEqualTo(day("2026-02-01"));
        assertThat(plan.tail()).isEqualTo(new Days(day("2026-03-01"), day("2026-03-03"), 1));
    }

    @Test
    void withinOneMonthTheCheaperFormIsTaken() {
        RangePlan middle = of("2026-02-10", "2026-02-20");
        assertThat(middle.head()).isEqualTo(new Days(day("2026-02-10"), day("2026-02-20"), 1));
        assertThat(middle.tail().count()).isZero();
        assertThat(middle.monthsFrom()).isAfter(middle.monthsTo());

        RangePlan most = of("2028-02-03", "2028-02-27");
        assertThat(most.monthsFrom()).isEqualTo(day("2028-02-01")).isEqualTo(most.monthsTo());
        assertThat(most.head()).isEqualTo(new Days(day("2028-02-01"), day("2028-02-02"), -1));
        assertThat(most.tail()).as("a leap February ends on the 29th")
                .isEqualTo(new Days(day("2028-02-28"), day("2028-02-29"), -1));
    }

    /** Every plan, applied to a count per day, gives each day of the range exactly once. */
    @Test
    void everyPlanCountsEachDayOfItsRangeOnce() {
        Random random = new Random(11);
        LocalDate start = day("2025-11-01");
        for (int i = 0; i < 2000; i++) {
            LocalDate from = start.plusDays(random.nextInt(200));
            LocalDate to = from.plusDays(random.nextInt(120));
            RangePlan plan = RangePlan.of(from, to);
            Map<LocalDate, Integer> counted = new HashMap<>();
            for (LocalDate m = plan.monthsFrom(); !m.isAfter(plan.monthsTo()); m = m.plusMonths(1)) {
                assertThat(m.getDayOfMonth()).isEqualTo(1);
                for (LocalDate d = m; d.getMonth() == m.getMonth(); d = d.plusDays(1)) {
                    counted.merge(d, 1, Integer::sum);
                }
            }
            for (Days days : new Days[] {plan.head(), plan.tail()}) {
                for (LocalDate d = days.from(); !d.isAfter(days.to()); d = d.plusDays(1)) {
                    counted.merge(d, days.sign(), Integer::sum);
                }
            }
            counted.values().removeIf(n -> n == 0);
            Map<LocalDate, Integer> expected = new HashMap<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                expected.put(d, 1);
            }
            assertThat(counted).as("%s..%s → %s", from, to, plan).isEqualTo(expected);
            assertThat(plan.head().count() + plan.tail().count()).as("%s..%s → %s", from, to, plan)
                    .isLessThanOrEqualTo(31);
        }
    }
}
