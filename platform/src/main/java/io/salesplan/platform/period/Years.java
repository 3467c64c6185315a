package io.salesplan.platform.period;

import java.time.LocalDate;

/**
 * The years a business date may fall in. Dates outside them are typing errors (year 0, 99999), and
 * refusing them up front keeps them out of PostgreSQL's date arithmetic and the reports.
 */
public final class Years {

    public static final int FIRST = 1900;
    public static final int LAST = 2999;
    public static final String HINT = "between the years " + FIRST + " and " + LAST;

    private Years() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    public static boolean contains(LocalDate date) {
        return contains(date.getYear());
    }
}
