package io.salesplan.platform.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Monday-to-Friday day counts, in constant time. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Working days from {@code first} to {@code last}, both included; 0 when last is before first. */
    public static int between(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        int remainder = (int) (days % 7);
        int dow = first.getDayOfWeek().getValue();
        for (int i = 0; i < remainder; i++) {
            int d = (dow - 1 + i) % 7 + 1;
            if (d <= DayOfWeek.FRIDAY.getValue()) {
                count++;
            }
        }
        return count;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }
}
