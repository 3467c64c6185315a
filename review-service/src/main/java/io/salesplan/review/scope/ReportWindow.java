package io.salesplan.review.scope;

import io.salesplan.platform.period.Granularity;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.web.Params;
import java.time.LocalDate;

/**
 * The {@code from}/{@code to}/{@code asOf} of a windowed report: {@code asOf} defaults to today,
 * {@code to} to {@code asOf}, {@code from} to the first day of the quarter that holds {@code to}.
 * Only what happened on or before {@code asOf} counts, so the effective end is the earlier of the two.
 */
public record ReportWindow(LocalDate from, LocalDate to, LocalDate asOf) {

    public static ReportWindow parse(String from, String to, String asOf, BusinessCalendar calendar) {
        LocalDate day = calendar.asOf(asOf);
        LocalDate last = Params.date("to", to);
        LocalDate first = Params.date("from", from);
        if (last == null) {
            last = first != null && first.isAfter(day) ? first : day;
        }
        if (first == null) {
            first = SalesPeriod.containing(last, Granularity.QUARTER).start();
        }
        Params.requireOrdered(first, last);
        return new ReportWindow(first, last, day);
    }

    /** The last day whose events count. */
    public LocalDate until() {
        return to.isAfter(asOf) ? asOf : to;
    }
}
