package io.salesplan.review.effectiveness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Win rate and activities per won deal of one activity type. */
public final class EffectivenessCalculator {

    private EffectivenessCalculator() {
    }

    public static TypeEffectiveness of(String type, long activities, long touched, long won, long lost) {
        BigDecimal winRate = won + lost == 0 ? null
                : BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_UP);
        BigDecimal perWon = won == 0 ? null
                : BigDecimal.valueOf(activities).divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_UP);
        return new TypeEffectiveness(type, activities, touched, won, lost, winRate, perWon);
    }
}
