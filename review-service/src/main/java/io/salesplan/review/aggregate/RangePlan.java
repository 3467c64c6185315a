package io.salesplan.review.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a date range [from, to] is summed from the aggregates: the monthly rows of the months
 * [{@code monthsFrom}, {@code monthsTo}] (dated the 1st), plus or minus the daily rows of one range
 * of days at each end. At each end the cheaper of two exact forms is taken: add the days of the
 * partial month that lie inside the range, or take the whole month and subtract the days outside
 * it. A year to date is thus its months up to the current one minus the days after today, which
 * hold nothing yet, so it reads a dozen rows per owner and type instead of a row per day.
 */
record RangePlan(LocalDate monthsFrom, LocalDate monthsTo, Days head, Days tail) {

    /** The daily rows of [from, to] (none when from is after to), added (sign 1) or subtracted (-1). */
    record Days(LocalDate from, LocalDate to, int sign) {

        static Days none(LocalDate after) {
            return new Days(after.plusDays(1), after, 1);
        }

        long count() {
            return from.isAfter(to) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    static RangePlan of(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(1);
        if (first.equals(last)) {
            Days inside = new Days(from, to, 1);
            Days before = new Days(first, from.minusDays(1), -1);
            Days after = new Days(to.plusDays(1), endOfMonth(last), -1);
            return before.count() + after.count() < inside.count() ? new RangePlan(first, first, before, after)
                    : new RangePlan(first, first.minusMonths(1), inside, Days.none(to));
        }
        Days headInside = new Days(from, endOfMonth(first), 1);
        Days headOutside = new Days(first, from.minusDays(1), -1);
        boolean wholeHead = headOutside.count() < headInside.count();
        Days tailInside = new Days(last, to, 1);
        Days tailOutside = new Days(to.plusDays(1), endOfMonth(last), -1);
        boolean wholeTail = tailOutside.count() < tailInside.count();
        return new RangePlan(wholeHead ? first : first.plusMonths(1), wholeTail ? last : last.minusMonths(1),
                wholeHead ? headOutside : headInside, wholeTail ? tailOutside : tailInside);
    }

    private static LocalDate endOfMonth(LocalDate firstOfMonth) {
        return firstOfMonth.plusMonths(1).minusDays(1);
    }
}
