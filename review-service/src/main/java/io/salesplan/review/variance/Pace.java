package io.salesplan.review.variance;

import io.salesplan.platform.period.WorkingDays;
import java.time.LocalDate;

/**
 * How far into a period a day is, in working days (Monday to Friday): {@code elapsed} counts the
 * working days from the period's first day up to and including {@code asOf}.
 */
public record Pace(LocalDate start, LocalDate end, LocalDate asOf, int workingDays, int elapsed) {

    public static Pace of(LocalDate start, LocalDate end, LocalDate asOf) {
        LocalDate last = asOf.isAfter(end) ? end : asOf;
        return new Pace(start, end, asOf, WorkingDays.between(start, end), WorkingDays.between(start, last));
    }

    /** The last day whose events count: {@code asOf}, or the period's end once it is over. */
    public LocalDate countUntil() {
        return asOf.isAfter(end) ? end : asOf;
    }

    public boolean ended() {
        return asOf.isAfter(end);
    }

    /** Working days left after {@code asOf}. */
    public int remaining() {
        return workingDays - elapsed;
    }
}
