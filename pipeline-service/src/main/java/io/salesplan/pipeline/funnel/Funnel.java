package io.salesplan.pipeline.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The weighted funnel: per open stage, in pipeline order, the count and amount of its open
 * opportunities and the amount weighted by the stage's probability (rounded to cents), plus totals
 * that are exactly the sums of the rows.
 */
public final class Funnel {

    private Funnel() {
    }

    /** An open stage and its probability. */
    public record Stage(String key, BigDecimal probability) {
    }

    /** What is in a stage. */
    public record Tally(long count, BigDecimal amount) {
        public static final Tally EMPTY = new Tally(0, BigDecimal.ZERO);
    }

    public record Row(String stage, long count, BigDecimal amount, BigDecimal weightedAmount) {
    }

    public record Result(List<Row> stages, long count, BigDecimal amount, BigDecimal weightedAmount) {
    }

    public static Result compute(List<Stage> openStages, Map<String, Tally> tallies) {
        List<Row> rows = new ArrayList<>();
        long count = 0;
        BigDecimal amount = money(BigDecimal.ZERO);
        BigDecimal weighted = money(BigDecimal.ZERO);
        for (Stage stage : openStages) {
            Tally tally = tallies.getOrDefault(stage.key(), Tally.EMPTY);
            BigDecimal stageAmount = money(tally.amount());
            BigDecimal stageWeighted = money(stageAmount.multiply(stage.probability()));
            rows.add(new Row(stage.key(), tally.count(), stageAmount, stageWeighted));
            count += tally.count();
            amount = amount.add(stageAmount);
            weighted = weighted.add(stageWeighted);
        }
        return new Result(rows, count, amount, weighted);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
