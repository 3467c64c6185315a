package io.salesplan.review.conversion;

import io.salesplan.review.pipeline.StageDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohort funnel. Each deal walks the stages it was created in and moved to. An open stage is
 * reached when the deal was in it or in a later open stage (skipping a stage passes it), and a won
 * deal passed every open stage; a lost deal reached only the open stages it passed. Moving back
 * does not undo what was reached. The WON row and the win rate count the deal's state at the end
 * of its (cut) history, so a won deal that was reopened is not won.
 */
public final class ConversionCalculator {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private ConversionCalculator() {
    }

    public record Result(List<StageConversion> stages, long won, long lost, BigDecimal winRate, String biggestLeak) {
    }

    /** @param stages the pipeline's stages in order (any kinds; LOST gets no row) */
    public static Result compute(List<StageDefinition> stages, List<CohortDeal> deals) {
        Funnel cohort = new Funnel(openStages(stages));
        for (CohortDeal deal : deals) {
            cohort.add(walk(stages, deal), 1);
        }
        return result(stages, cohort);
    }

    /** The number of open stages: the positions a {@link Funnel} of the pipeline has. */
    public static int openStages(List<StageDefinition> stages) {
        return (int) stages.stream().filter(StageDefinition::open).count();
    }

    /** What one deal adds to its cohort's funnel. */
    public static Funnel walk(List<StageDefinition> stages, CohortDeal deal) {
        List<StageDefinition> open = stages.stream().filter(StageDefinition::open).toList();
        Map<String, StageDefinition> byKey = new HashMap<>();
        stages.forEach(s -> byKey.put(s.key(), s));
        Map<String, Integer> openIndex = new HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            openIndex.put(open.get(i).key(), i);
        }
        List<String> path = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Instant> entered = new ArrayList<>();
        if (deal.initialStage() != null) {
            path.add(deal.initialStage());
            kinds.add(kindOf(byKey, deal.initialStage(), null));
            entered.add(deal.createdAt());
        }
        for (CohortDeal.Move move : deal.moves()) {
            path.add(move.toStage());
            kinds.add(kindOf(byKey, move.toStage(), move.toKind()));
            entered.add(move.at());
        }
        int furthest = -1;
        long[] dealSeconds = new long[open.size()];
        boolean[] left = new boolean[open.size()];
        for (int i = 0; i < path.size(); i++) {
            String kind = kinds.get(i);
            Integer index = openIndex.get(path.get(i));
            if ("WON".equals(kind)) {
                furthest = open.size() - 1;
            } else if (index != null) {
                furthest = Math.max(furthest, index);
                if (i + 1 < path.size()) {
                    dealSeconds[index] += Math.max(0, Duration.between(entered.get(i), entered.get(i + 1))
                            .getSeconds());
                    left[index] = true;
                }
            }
        }
        Funnel funnel = new Funnel(open.size());
        for (int i = 0; i < open.size(); i++) {
            funnel.addStage(i, i <= furthest ? 1 : 0, left[i] ? 1 : 0, left[i] ? dealSeconds[i] : 0);
        }
        String last = kinds.isEmpty() ? "OPEN" : kinds.get(kinds.size() - 1);
        funnel.addDeals(1, "WON".equals(last) ? 1 : 0, "LOST".equals(last) ? 1 : 0);
        return funnel;
    }

    /** The rows, rates and leak of a cohort's summed funnel. */
    public static Result result(List<StageDefinition> stages, Funnel cohort) {
        List<StageDefinition> open = stages.stream().filter(StageDefinition::open).toList();
        long won = cohort.won();
        List<StageConversion> rows = new ArrayList<>();
        String leak = null;
        BigDecimal lowest = null;
        for (int i = 0; i < open.size(); i++) {
            long reached = cohort.reached(i);
            long next = i + 1 < open.size() ? cohort.reached(i + 1) : won;
            BigDecimal conversion = ratio(next, reached, 4);
            BigDecimal meanDays = cohort.stays(i) == 0 ? null
                    : BigDecimal.valueOf(cohort.staySeconds(i)).divide(SECONDS_PER_DAY.multiply(
                            BigDecimal.valueOf(cohort.stays(i))), 2, RoundingMode.HALF_UP);
            rows.add(new StageConversion(open.get(i).key(), reached, conversion, reached - next, meanDays));
            if (conversion != null && (lowest == null || conversion.compareTo(lowest) < 0)) {
                lowest = conversion;
                leak = open.get(i).key();
            }
        }
        stages.stream().filter(StageDefinition::won).findFirst()
                .ifPresent(s -> rows.add(new StageConversion(s.key(), won, null, null, null)));
        return new Result(rows, won, cohort.lost(), ratio(won, won + cohort.lost(), 4), leak);
    }

    private static String kindOf(Map<String, StageDefinition> byKey, String stage, String fallback) {
        StageDefinition definition = byKey.get(stage);
        if (definition != null) {
            return definition.kind();
        }
        return fallback == null ? "OPEN" : fallback;
    }

    static BigDecimal ratio(long numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
