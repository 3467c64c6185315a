package io.salesplan.review.goal;

/**
 * What a goal measures. Additive metrics are sums over days and are paced over the period's
 * working days; ratio metrics are computed from the deals closed in the period and are not paced.
 */
public enum Metric {
    REVENUE_WON(true, 2),
    DEALS_WON(true, 0),
    OPPORTUNITIES_CREATED(true, 0),
    ACTIVITIES(true, 0),
    WIN_RATE(false, 4),
    AVERAGE_DEAL_SIZE(false, 2),
    SALES_CYCLE_DAYS(false, 2);

    private final boolean additive;
    private final int scale;

    Metric(boolean additive, int scale) {
        this.additive = additive;
        this.scale = scale;
    }

    public boolean additive() {
        return additive;
    }

    /** Decimals shown for the metric's values: money 2, counts 0, win rate 4. */
    public int scale() {
        return scale;
    }

    /** The default direction: only the sales cycle is better when lower. */
    public boolean higherIsBetter() {
        return this != SALES_CYCLE_DAYS;
    }
}
