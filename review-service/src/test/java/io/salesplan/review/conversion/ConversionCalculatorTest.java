package io.salesplan.review.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.pipeline.StageDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionCalculatorTest {

    private static final List<StageDefinition> STAGES = List.of(
            stage("INITIAL_CONTACT", "OPEN", 0), stage("NEEDS_ANALYSIS", "OPEN", 1), stage("PROPOSAL", "OPEN", 2),
            stage("NEGOTIATION", "OPEN", 3), stage("WON", "WON", 4), stage("LOST", "LOST", 5));

    private static StageDefinition stage(String key, String kind, int position) {
        return new StageDefinition(key, key, kind, BigDecimal.ZERO, position);
    }

    private static Instant day(int n) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * n);
    }

    /** A deal created in {@code initial} on day 0, then moved: stage, day, stage, day, … */
    private static CohortDeal deal(String initial, Object... moves) {
        List<CohortDeal.Move> list = new ArrayList<>();
        for (int i = 0; i < moves.length; i += 2) {
            String to = (String) moves[i];
            String kind = to.equals("WON") || to.equals("LOST") ? to : "OPEN";
            list.add(new CohortDeal.Move(to, kind, day((Integer) moves[i + 1])));
        }
        return new CohortDeal(initial, day(0), list);
    }

    private static final List<CohortDeal> COHORT = List.of(
            // skips NEGOTIATION on its way to WON: passed it
            deal("INITIAL_CONTACT", "NEEDS_ANALYSIS", 2, "PROPOSAL", 5, "WON", 10),
            // skips NEEDS_ANALYSIS, then lost from PROPOSAL: reached the first three only
            deal("INITIAL_CONTACT", "PROPOSAL", 4, "LOST", 6),
            // won, then reopened into NEGOTIATION: passed every open stage, but is not won
            deal("INITIAL_CONTACT", "NEEDS_ANALYSIS", 1, "WON", 3, "NEGOTIATION", 5),
            // created in a later stage and still there
            deal("NEEDS_ANALYSIS"),
            // lost at once
            deal("INITIAL_CONTACT", "LOST", 2));

    @Test
    void skippedStagesCountAsReachedAndLostDealsReachOnlyWhatTheyPassed() {
        ConversionCalculator.Result result = ConversionCalculator.compute(STAGES, COHORT);
        assertThat(result.stages()).extracting(StageConversion::stage)
                .containsExactly("INITIAL_CONTACT", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON");
        assertThat(result.stages()).extracting(StageConversion::reached).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(result.stages()).extracting(StageConversion::dropOff).containsExactly(1L, 1L, 1L, 1L, null);
    }

    @Test
    void conversionToNextAndTheBiggestLeak() {
        ConversionCalculator.Result result = ConversionCalculator.compute(STAGES, COHORT);
        assertThat(result.stages()).extracting(StageConversion::conversionToNext).containsExactly(
                new BigDecimal("0.8000"), new BigDecimal("0.7500"), new BigDecimal("0.6667"), new BigDecimal("0.5000"),
                null);
        assertThat(result.biggestLeak()).isEqualTo("NEGOTIATION");
    }

    @Test
    void aReopenedDealIsNotWonAndTheWinRateCountsClosedDealsOnly() {
        ConversionCalculator.Result result = ConversionCalculator.compute(STAGES, COHORT);
        assertThat(result.won()).isEqualTo(1);
        assertThat(result.lost()).isEqualTo(2);
        assertThat(result.winRate()).isEqualTo(new BigDecimal("0.3333"));
    }

    @Test
    void meanDaysInStageCountsCompletedStaysOnly() {
        ConversionCalculator.Result result = ConversionCalculator.compute(STAGES, COHORT);
        // INITIAL_CONTACT: 2, 4, 1 and 2 days; NEEDS_ANALYSIS: 3 and 2; PROPOSAL: 5 and 2; NEGOTIATION: still there.
        assertThat(result.stages()).extracting(StageConversion::meanDaysInStage).containsExactly(
                new BigDecimal("2.25"), new BigDecimal("2.50"), new BigDecimal("3.50"), null, null);
    }

    @Test
    void movingBackDoesNotUndoAStageReached() {
        ConversionCalculator.Result result = ConversionCalculator.compute(STAGES,
                List.of(deal("INITIAL_CONTACT", "NEGOTIATION", 1, "PROPOSAL", 2)));
        assertThat(result.stages()).extracting(StageConversion::reached).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(result.winRate()).isNull();
    }

    @Test
    void anEmptyCohortHasNoLeakAndNoRates() {
        ConversionCalculator.Result result = ConversionCalculator.compute(STAGES, List.of());
        assertThat(result.stages()).extracting(StageConversion::reached).containsOnly(0L);
        assertThat(result.stages()).extracting(StageConversion::conversionToNext).containsOnlyNulls();
        assertThat(result.biggestLeak()).isNull();
        assertThat(result.winRate()).isNull();
    }
}
