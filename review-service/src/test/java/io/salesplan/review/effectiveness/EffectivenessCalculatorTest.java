package io.salesplan.review.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EffectivenessCalculatorTest {

    @Test
    void winRateIsAmongTheClosedTouchedDealsAndActivitiesArePerWonDeal() {
        TypeEffectiveness demo = EffectivenessCalculator.of("DEMO", 10, 4, 2, 1);
        assertThat(demo.winRate()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(demo.activitiesPerWonDeal()).isEqualTo(new BigDecimal("5.00"));
        assertThat(demo.opportunitiesTouched()).isEqualTo(4);
    }

    @Test
    void nothingWonMeansNoActivitiesPerWonDeal() {
        TypeEffectiveness calls = EffectivenessCalculator.of("CALL", 7, 3, 0, 2);
        assertThat(calls.winRate()).isEqualByComparingTo("0");
        assertThat(calls.activitiesPerWonDeal()).isNull();
    }

    @Test
    void nothingClosedMeansNoWinRate() {
        TypeEffectiveness visits = EffectivenessCalculator.of("VISIT", 5, 2, 0, 0);
        assertThat(visits.winRate()).isNull();
        assertThat(visits.activitiesPerWonDeal()).isNull();
    }
}
