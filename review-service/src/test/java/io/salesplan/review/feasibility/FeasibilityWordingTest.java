package io.salesplan.review.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeasibilityWordingTest {

    @Test
    void amountsAreGroupedBySpacesWithCentsOnlyWhenThereAreAny() {
        assertThat(FeasibilityWording.amount(new BigDecimal("400000.00"))).isEqualTo("400 000");
        assertThat(FeasibilityWording.amount(new BigDecimal("1234567.5"))).isEqualTo("1 234 567.50");
        assertThat(FeasibilityWording.amount(new BigDecimal("999"))).isEqualTo("999");
        assertThat(FeasibilityWording.percent(new BigDecimal("0.3333"))).isEqualTo("33.33 %");
    }
}
