package io.salesplan.review.aggregate;

import java.time.LocalDate;

/**
 * The calendar months lying wholly inside a date range, as the days [from, to] they cover; when
 * there is none, an empty range ({@code from} after {@code to}).
 */
record WholeMonths(LocalDate from, LocalDate to) {

    static WholeMonths within(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate last = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
        return last.isBefore(first) ? new WholeMonths(to.plusDays(1), to) : new WholeMonths(first, last);
    }
}
