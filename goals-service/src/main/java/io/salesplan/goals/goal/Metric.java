package io.salesplan.goals.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a goal measures. The first four are additive (they split over periods and owners); the
 * last three are ratios (copied when a goal is split).
 */
@Schema(description = "REVENUE_WON (money, 2 decimals), DEALS_WON, OPPORTUNITIES_CREATED, ACTIVITIES (whole numbers; optionally of one activityType) are additive; "
        + "WIN_RATE (0–1, up to 4 decimals), AVERAGE_DEAL_SIZE (money) and SALES_CYCLE_DAYS (mean days from creation to win, lower is better) are ratios.")
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

    /** The decimals a target may have: whole numbers for counts, 2 for money and days, 4 for the win rate. */
    public int scale() {
        return scale;
    }

    public boolean money() {
        return this == REVENUE_WON || this == AVERAGE_DEAL_SIZE;
    }

    public Direction direction() {
        return this == SALES_CYCLE_DAYS ? Direction.AT_MOST : Direction.AT_LEAST;
    }

    /** A problem with a target for this metric, or null when the target is acceptable. */
    public String checkTarget(BigDecimal target) {
        if (target.signum() <= 0) {
            return "must be greater than 0";
        }
        if (target.stripTrailingZeros().scale() > scale) {
            return scale == 0 ? "must be a whole number for " + name() : "must have at most " + scale + " decimals for " + name();
        }
        if (this == WIN_RATE && target.compareTo(BigDecimal.ONE) > 0) {
            return "must be between 0 and 1 for WIN_RATE";
        }
        if (target.precision() - target.scale() > 15) {
            return "must be less than 10^15";
        }
        return null;
    }

    /** The value as clients see it: 2 decimals for money, whole numbers for counts, no trailing zeros for ratios. */
    public BigDecimal present(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (money() || this == SALES_CYCLE_DAYS) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
        if (scale == 0) {
            return value.setScale(0, RoundingMode.HALF_UP);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
