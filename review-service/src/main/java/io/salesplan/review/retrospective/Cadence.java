package io.salesplan.review.retrospective;

import io.salesplan.platform.period.Granularity;

/** How often a retrospective is held; its period must have the matching granularity. */
public enum Cadence {
    WEEKLY(Granularity.WEEK, "2026-W10"),
    MONTHLY(Granularity.MONTH, "2026-03"),
    QUARTERLY(Granularity.QUARTER, "2026-Q1");

    private final Granularity granularity;
    private final String example;

    Cadence(Granularity granularity, String example) {
        this.granularity = granularity;
        this.example = example;
    }

    public Granularity granularity() {
        return granularity;
    }

    public String example() {
        return example;
    }
}
