package io.salesplan.review.lostreason;

import io.salesplan.review.variance.RatioMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lost deals per code: count, amount, share of all lost, and the stages they were lost from. */
public final class LostReasonCalculator {

    private LostReasonCalculator() {
    }

    public static List<LostReasonRow> rows(List<LossTally> tallies) {
        long all = tallies.stream().mapToLong(LossTally::count).sum();
        Map<String, List<LossTally>> byCode = new TreeMap<>();
        tallies.forEach(t -> byCode.computeIfAbsent(t.code(), c -> new ArrayList<>()).add(t));
        return byCode.entrySet().stream().map(e -> {
            long count = e.getValue().stream().mapToLong(LossTally::count).sum();
            BigDecimal amount = e.getValue().stream().map(LossTally::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Long> byStage = new LinkedHashMap<>();
            e.getValue().stream().sorted(Comparator.comparingLong(LossTally::count).reversed()
                            .thenComparing(LossTally::fromStage))
                    .forEach(t -> byStage.merge(t.fromStage(), t.count(), Long::sum));
            return new LostReasonRow(e.getKey(), count, amount.setScale(2),
                    RatioMetrics.divide(BigDecimal.valueOf(count), all, 4), byStage);
        }).sorted(Comparator.comparingLong(LostReasonRow::count).reversed()
                .thenComparing(LostReasonRow::amount, Comparator.reverseOrder())
                .thenComparing(LostReasonRow::code)).toList();
    }
}
