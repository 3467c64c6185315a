package io.salesplan.review.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastCalculatorTest {

    private static OpenDeals open(String category, String amount, String probability) {
        return new OpenDeals(category, new BigDecimal(amount), new BigDecimal(probability));
    }

    @Test
    void eachCategoryIsItsOwnOpenAmountAndTheGapIsTargetLessWonAndCommit() {
        ForecastCalculator.Figures f = ForecastCalculator.of(new BigDecimal("1000000.00"), new BigDecimal("300000.00"),
                List.of(open("COMMIT", "200000", "0.75"), open("COMMIT", "50000", "0.50"),
                        open("BEST_CASE", "120000", "0.50"), open("PIPELINE", "80000", "0.10"),
                        open("PIPELINE", "33333.33", "0.25")));
        assertThat(f.commit()).isEqualByComparingTo("250000.00").hasScaleOf(2);
        assertThat(f.bestCase()).isEqualByComparingTo("120000.00");
        assertThat(f.pipeline()).isEqualByComparingTo("113333.33");
        // 150000 + 25000 + 60000 + 8000 + 8333.3325
        assertThat(f.weightedPipeline()).isEqualByComparingTo("251333.33").hasScaleOf(2);
        assertThat(f.gap()).isEqualByComparingTo("450000.00");
    }

    @Test
    void theWeightedPipelineIsRoundedOnceAfterSumming() {
        ForecastCalculator.Figures f = ForecastCalculator.of(null, BigDecimal.ZERO,
                List.of(open("PIPELINE", "0.01", "0.5"), open("PIPELINE", "0.01", "0.5"), open("PIPELINE", "0.01",
                        "0.5")));
        assertThat(f.weightedPipeline()).as("0.015 half up, not 3 × 0.01").isEqualByComparingTo("0.02");
    }

    @Test
    void withoutATargetThereIsNoGapAndMoreThanTheTargetIsANegativeGap() {
        assertThat(ForecastCalculator.of(null, BigDecimal.TEN, List.of()).gap()).isNull();
        ForecastCalculator.Figures over = ForecastCalculator.of(new BigDecimal("100"), new BigDecimal("80"),
                List.of(open("COMMIT", "50", "0.75")));
        assertThat(over.gap()).isEqualByComparingTo("-30.00");
        ForecastCalculator.Figures none = ForecastCalculator.of(new BigDecimal("100"), BigDecimal.ZERO, List.of());
        assertThat(none.commit()).isEqualByComparingTo("0.00");
        assertThat(none.weightedPipeline()).isEqualByComparingTo("0.00");
        assertThat(none.gap()).isEqualByComparingTo("100.00");
    }

    @Test
    void accuracyIsActualOverTheCallAndUnknownWithoutAnActualOrForACallOfZero() {
        assertThat(ForecastAccuracy.of(new BigDecimal("2070000"), new BigDecimal("2300000")))
                .isEqualByComparingTo("0.9000").hasScaleOf(4);
        assertThat(ForecastAccuracy.of(new BigDecimal("410000"), new BigDecimal("300000")))
                .isEqualByComparingTo("1.3667");
        assertThat(ForecastAccuracy.of(null, new BigDecimal("300000"))).isNull();
        assertThat(ForecastAccuracy.of(new BigDecimal("10"), new BigDecimal("0.00"))).isNull();
        assertThat(ForecastAccuracy.mean(Arrays.asList(new BigDecimal("0.9"), null,
                new BigDecimal("1.3667")))).isEqualByComparingTo("1.1334");
        assertThat(ForecastAccuracy.mean(Arrays.asList((BigDecimal) null))).isNull();
    }
}
