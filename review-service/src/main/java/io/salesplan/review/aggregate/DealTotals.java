package io.salesplan.review.aggregate;

import java.math.BigDecimal;

/** Deal aggregates summed over an owner scope and a date range. */
public record DealTotals(long created, long won, BigDecimal wonAmount, long wonCycleDays, long lost) {

    public static final DealTotals NONE = new DealTotals(0, 0, BigDecimal.ZERO, 0, 0);

    public DealTotals plus(DealTotals o) {
        return new DealTotals(created + o.created, won + o.won, wonAmount.add(o.wonAmount),
                wonCycleDays + o.wonCycleDays, lost + o.lost);
    }
}
