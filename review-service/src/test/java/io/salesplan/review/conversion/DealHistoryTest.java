package io.salesplan.review.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.review.pipeline.StageDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A deal's funnel now minus its changes dated after a day is its funnel as of that day, in any zone. */
class DealHistoryTest {

    private static final List<StageDefinition> STAGES = List.of(stage("A", "OPEN"), stage("B", "OPEN"),
            stage("C", "OPEN"), stage("WON", "WON"), stage("LOST", "LOST"));
    private static final String[] KEYS = {"A", "B", "C", "WON", "LOST", "GONE"};
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private static StageDefinition stage(String key, String kind) {
        return new StageDefinition(key, key, kind, BigDecimal.ZERO, null);
    }

    @Property(tries = 300)
    void theStepsGiveTheFunnelAsOfEveryDay(@ForAll @IntRange(min = 0, max = 7) int moveCount,
            @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        List<DealHistory.StoredMove> moves = new ArrayList<>();
        for (int i = 0; i < moveCount; i++) {
            String to = KEYS[random.nextInt(KEYS.length)];
            String kind = to.equals("WON") || to.equals("LOST") ? to : "OPEN";
            moves.add(new DealHistory.StoredMove(random.nextBoolean() ? null : KEYS[random.nextInt(3)], to, kind,
                    START.plusSeconds(random.nextInt(40 * 86_400) - 10 * 86_400L)));
        }
        DealHistory deal = new DealHistory(UUID.randomUUID(), null, LocalDate.of(2026, 3, 1),
                random.nextBoolean() ? null : "A", START, KEYS[random.nextInt(KEYS.length)], moves);
        DealHistory.Steps steps = deal.steps(STAGES, ZONE);
        for (LocalDate day = LocalDate.of(2026, 2, 15); day.isBefore(LocalDate.of(2026, 4, 20));
                day = day.plusDays(1)) {
            Funnel asOf = new Funnel(3);
            asOf.add(steps.now(), 1);
            for (Map.Entry<LocalDate, Funnel> change : steps.changes().tailMap(day, false).entrySet()) {
                asOf.add(change.getValue(), -1);
            }
            Funnel expected = ConversionCalculator.walk(STAGES, deal.asOf(day, ZONE));
            asOf.add(expected, -1);
            assertThat(asOf.isZero()).as("as of %s", day).isTrue();
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Test
    void aMoveCountsFromTheEndOfItsBusinessDay() {
        // 07:00 UTC on 2 March is 23:00 on 1 March in Los Angeles: the move counts as of 1 March
        DealHistory deal = new DealHistory(UUID.randomUUID(), null, LocalDate.of(2026, 2, 28), "A",
                Instant.parse("2026-02-28T18:00:00Z"), "B", List.of(new DealHistory.StoredMove("A", "B", "OPEN",
                        Instant.parse("2026-03-02T07:00:00Z"))));
        assertThat(deal.asOf(LocalDate.of(2026, 2, 28), ZONE).moves()).isEmpty();
        assertThat(deal.asOf(LocalDate.of(2026, 3, 1), ZONE).moves()).hasSize(1);
        assertThat(deal.steps(STAGES, ZONE).changes()).containsOnlyKeys(LocalDate.of(2026, 3, 1));
    }

    @Test
    void withoutAnyMoveYetADealStartsInItsCurrentStage() {
        DealHistory deal = new DealHistory(UUID.randomUUID(), null, LocalDate.of(2026, 3, 1), null, START, "C",
                List.of(new DealHistory.StoredMove("B", "WON", "WON", START.plusSeconds(86_400))));
        assertThat(deal.asOf(LocalDate.of(2026, 2, 28), ZONE).initialStage()).isEqualTo("C");
        assertThat(deal.asOf(LocalDate.of(2026, 3, 5), ZONE).initialStage()).isEqualTo("B");
    }
}
