package io.salesplan.platform.period;

/** How long a period is. */
public enum Granularity {
    YEAR, QUARTER, MONTH, WEEK
}
