package io.salesplan.review.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Act;
import io.salesplan.review.support.Producers.Deal;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Actuals over arbitrary ranges — months from the monthly rows, plus or minus days at the edges
 * from the daily rows — equal the counts taken directly from what was sent, after deletions,
 * retyping and a deal reopened and won again in a later month.
 */
@QuarkusTest
class ActualsOverRangesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 151; // January to May
    private static final String[] TYPES = {"CALL", "EMAIL", "VISIT"};

    @Inject
    Actuals actuals;

    private final Random random = new Random(7);
    private final UUID parent = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final UUID repA = UUID.randomUUID();
    private final UUID repB = UUID.randomUUID();
    private final UUID pipeline = UUID.randomUUID();

    /** The final state of every activity: owner, day, type; null once deleted. */
    private record Logged(UUID owner, LocalDate day, String type) {
    }

    @Test
    void everyRangeAndScopeAddsUpToTheRawFacts() {
        List<Feed.Event> events = new ArrayList<>(List.of(Producers.team(parent, null, 0),
                Producers.team(child, parent, 0), Producers.rep(repA, parent, 0), Producers.rep(repB, child, 0),
                Producers.pipeline(pipeline, Producers.DEFAULT_STAGES, 0)));
        List<Logged> logged = new ArrayList<>();
        List<Feed.Event> corrections = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID owner = random.nextBoolean() ? repA : repB;
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            String type = TYPES[random.nextInt(TYPES.length)];
            Act act = new Act(type, owner, day.toString(), null);
            events.add(act.logged());
            if (i % 10 == 0) {
                corrections.add(act.deleted());
                continue;
            }
            if (i % 7 == 0) {
                type = TYPES[(random.nextInt(TYPES.length))];
                corrections.add(act.retyped(type));
            }
            logged.add(new Logged(owner, day, type));
        }
        // Won on the last day of January, then reopened and won again on the 1st of March.
        Deal reopened = new Deal(pipeline, repA, "INITIAL_CONTACT", "1000", "2026-01-10");
        Deal wonInFebruary = new Deal(pipeline, repB, "INITIAL_CONTACT", "300", "2026-02-01");
        Deal lostInMarch = new Deal(pipeline, repA, "INITIAL_CONTACT", "50", "2026-02-27");
        events.addAll(List.of(reopened.created(), reopened.move("WON", "2026-01-31"), wonInFebruary.created(),
                wonInFebruary.move("WON", "2026-02-28"), lostInMarch.created()));
        corrections.addAll(List.of(reopened.move("NEGOTIATION", "2026-02-15"), reopened.move("WON", "2026-03-01"),
                lostInMarch.move("LOST", "2026-03-31")));
        Feed.send(events);
        Feed.send(corrections);
        Feed.awaitConsumed(Duration.ofSeconds(60));

        OwnerScope rep = new OwnerScope(OwnerType.REP, repA);
        OwnerScope team = new OwnerScope(OwnerType.TEAM, parent);
        OwnerScope subTeam = new OwnerScope(OwnerType.TEAM, child);
        List<LocalDate[]> ranges = new ArrayList<>(List.of(
                new LocalDate[] {FIRST, FIRST.plusDays(DAYS - 1)},
                new LocalDate[] {LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1)},
                new LocalDate[] {LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)},
                new LocalDate[] {LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20)},
                new LocalDate[] {LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 27)},
                new LocalDate[] {LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 25)}));
        for (int i = 0; i < 40; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
            ranges.add(new LocalDate[] {from, from.plusDays(random.nextInt(DAYS))});
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (LocalDate[] range : ranges) {
                LocalDate from = range[0];
                LocalDate to = range[1];
                assertThat(actuals.activitiesByType(rep, from, to)).as("rep A %s..%s", from, to)
                        .isEqualTo(expected(logged, List.of(repA), from, to));
                assertThat(actuals.activitiesByType(team, from, to)).as("team with sub-team %s..%s", from, to)
                        .isEqualTo(expected(logged, List.of(repA, repB), from, to));
                assertThat(actuals.activitiesByType(subTeam, from, to)).as("sub-team %s..%s", from, to)
                        .isEqualTo(expected(logged, List.of(repB), from, to));
            }
            DealTotals q1 = actuals.deals(rep, FIRST, LocalDate.of(2026, 3, 31));
            assertThat(q1.created()).isEqualTo(2);
            assertThat(q1.won()).isEqualTo(1);
            assertThat(q1.wonAmount()).isEqualByComparingTo("1000");
            assertThat(q1.wonCycleDays()).as("10 January to 1 March").isEqualTo(50);
            assertThat(q1.lost()).isEqualTo(1);
            DealTotals edgesTakenOff = actuals.deals(rep, LocalDate.of(2026, 1, 11), LocalDate.of(2026, 3, 30));
            assertThat(edgesTakenOff.created()).as("created on 10 January, outside").isEqualTo(1);
            assertThat(edgesTakenOff.won()).isEqualTo(1);
            assertThat(edgesTakenOff.lost()).as("lost on 31 March, outside").isZero();
            assertThat(actuals.deals(rep, FIRST, LocalDate.of(2026, 2, 28)).won())
                    .as("the January win was taken back").isZero();
            DealTotals february = actuals.deals(team, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
            assertThat(february.created()).isEqualTo(2);
            assertThat(february.wonAmount()).isEqualByComparingTo(new BigDecimal("300"));
            assertThat(actuals.deals(team, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).wonAmount())
                    .isEqualByComparingTo("1000");
        });
    }

    private static Map<String, Long> expected(List<Logged> logged, List<UUID> owners, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        for (Logged l : logged) {
            if (owners.contains(l.owner()) && !l.day().isBefore(from) && !l.day().isAfter(to)) {
                counts.merge(l.type(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
