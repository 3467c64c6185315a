package io.salesplan.pipeline.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class FunnelCalculatorTest {

    @Test
    void rowsFollowTheStageOrderWithZerosForEmptyStages() {
        Funnel.Result result = Funnel.compute(
                List.of(new Funnel.Stage("A", new BigDecimal("0.1")), new Funnel.Stage("B", new BigDecimal("0.5"))),
                Map.of("B", new Funnel.Tally(2, new BigDecimal("301.01"))));
        assertThat(result.stages()).extracting(Funnel.Row::stage).containsExactly("A", "B");
        assertThat(result.stages().get(0).count()).isZero();
        assertThat(result.stages().get(0).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.stages().get(1).weightedAmount()).isEqualTo(new BigDecimal("150.51"));
        assertThat(result.count()).isEqualTo(2);
    }

    @Test
    void stagesThatAreNotOpenAreLeftOut() {
        Funnel.Result result = Funnel.compute(List.of(new Funnel.Stage("A", new BigDecimal("0.25"))),
                Map.of("A", new Funnel.Tally(1, new BigDecimal("100")), "WON", new Funnel.Tally(5, new BigDecimal("9"))));
        assertThat(result.stages()).hasSize(1);
        assertThat(result.amount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(result.weightedAmount()).isEqualTo(new BigDecimal("25.00"));
    }

    /** Totals are exactly the sums of the rows, whatever the amounts and probabilities. */
    @RepeatedTest(50)
    void totalsAreTheSumsOfTheRows() {
        Random random = new Random();
        List<Funnel.Stage> stages = new ArrayList<>();
        Map<String, Funnel.Tally> tallies = new HashMap<>();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            String key = "S" + i;
            stages.add(new Funnel.Stage(key, BigDecimal.valueOf(random.nextInt(10_001), 4)));
            if (random.nextBoolean()) {
                tallies.put(key, new Funnel.Tally(random.nextInt(100), BigDecimal.valueOf(random.nextLong(1L << 40), 2)));
            }
        }
        Funnel.Result result = Funnel.compute(stages, tallies);
        assertThat(result.count()).isEqualTo(result.stages().stream().mapToLong(Funnel.Row::count).sum());
        assertThat(result.amount())
                .isEqualTo(result.stages().stream().map(Funnel.Row::amount).reduce(new BigDecimal("0.00"), BigDecimal::add));
        assertThat(result.weightedAmount()).isEqualTo(
                result.stages().stream().map(Funnel.Row::weightedAmount).reduce(new BigDecimal("0.00"), BigDecimal::add));
        result.stages().forEach(r -> assertThat(r.weightedAmount()).isLessThanOrEqualTo(r.amount()));
        result.stages().forEach(r -> assertThat(r.weightedAmount().scale()).isEqualTo(2));
    }
}
