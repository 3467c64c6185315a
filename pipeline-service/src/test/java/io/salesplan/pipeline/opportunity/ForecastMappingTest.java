package io.salesplan.pipeline.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.pipeline.pipeline.StageKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ForecastMappingTest {

    private static final ForecastMapping DEFAULTS = new ForecastMapping(new BigDecimal("0.50"), new BigDecimal("0.75"));

    private static ForecastCategory open(String probability) {
        return DEFAULTS.categoryOf(StageKind.OPEN, new BigDecimal(probability));
    }

    @Test
    void anOpenStageIsCategorisedByItsProbabilityWithTheThresholdsIncluded() {
        assertThat(open("0")).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(open("0.10")).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(open("0.4999")).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(open("0.5")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(open("0.7499")).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(open("0.75")).isEqualTo(ForecastCategory.COMMIT);
        assertThat(open("1")).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void wonIsClosedAndLostIsOmittedWhateverTheProbability() {
        assertThat(DEFAULTS.categoryOf(StageKind.WON, BigDecimal.ONE)).isEqualTo(ForecastCategory.CLOSED);
        assertThat(DEFAULTS.categoryOf(StageKind.LOST, BigDecimal.ZERO)).isEqualTo(ForecastCategory.OMITTED);
    }

    @Test
    void theThresholdsAreSettings() {
        ForecastMapping strict = new ForecastMapping(new BigDecimal("0.60"), new BigDecimal("0.90"));
        assertThat(strict.categoryOf(StageKind.OPEN, new BigDecimal("0.75"))).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(strict.categoryOf(StageKind.OPEN, new BigDecimal("0.50"))).isEqualTo(ForecastCategory.PIPELINE);
        assertThat(strict.categoryOf(StageKind.OPEN, new BigDecimal("0.90"))).isEqualTo(ForecastCategory.COMMIT);
    }
}
