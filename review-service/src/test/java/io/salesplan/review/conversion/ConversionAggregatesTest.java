package io.salesplan.review.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.review.aggregate.DailyAggregates;
import io.salesplan.review.opportunity.OpportunityChangedV1;
import io.salesplan.review.opportunity.OpportunityProjection;
import io.salesplan.review.opportunity.OpportunityStageChangedV1;
import io.salesplan.review.org.OrgProjection;
import io.salesplan.review.org.RepChangedV1;
import io.salesplan.review.org.TeamChangedV1;
import io.salesplan.review.pipeline.Pipeline;
import io.salesplan.review.pipeline.PipelineDefinedV1;
import io.salesplan.review.pipeline.PipelineProjection;
import io.salesplan.review.pipeline.PipelineRepository;
import io.salesplan.review.pipeline.PipelineStages;
import io.salesplan.review.pipeline.StageDefinition;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ReportWindow;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The funnel read from the conversion aggregates equals the funnel of the raw rows (the query the report
 * ran before, kept here as {@link RawConversionQueries}) for every owner, pipeline, window and asOf, on
 * random histories applied through the projections in batches: events shuffled and repeated, moves dated
 * out of order and before creation, created events missing or late, deals reassigned and moved between
 * pipelines, reps changing team or announced late, a pipeline defined after its deals, a pipeline's stages
 * redefined, the default pipeline changing; and again after the one-time start-up backfill filled the
 * emptied rows.
 */
@QuarkusTest
class ConversionAggregatesTest {

    private static final int DEALS = 150;
    private static final int WINDOWS = 25;
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Inject
    OpportunityProjection opportunities;
    @Inject
    OrgProjection org;
    @Inject
    PipelineProjection pipelineProjection;
    @Inject
    DailyAggregates aggregates;
    @Inject
    ConversionBackfill backfill;
    @Inject
    EntityManager em;
    @Inject
    ConversionService service;
    @Inject
    RawConversionQueries raw;
    @Inject
    PipelineRepository pipelines;
    @Inject
    PipelineStages stages;

    private final Random random = new Random(18);
    private final UUID parent = UUID.randomUUID();
    private final UUID east = UUID.randomUUID();
    private final UUID west = UUID.randomUUID();
    private final UUID alone = UUID.randomUUID();
    private final List<UUID> reps = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private final UUID four = UUID.randomUUID();
    private final UUID three = UUID.randomUUID();
    private final UUID ownDefault = UUID.randomUUID();
    private final UUID late = UUID.randomUUID();
    private int comparisons;
    private int withDeals;
    private int withClosedStays;

    @Test
    void theAggregatedFunnelEqualsTheRawRowsFunnel() {
        apply(List.<Consumer<Void>>of(
                v -> org.apply(new TeamChangedV1(parent, "Parent", null, null, 0L)),
                v -> org.apply(new TeamChangedV1(east, "East", parent, null, 0L)),
                v -> org.apply(new TeamChangedV1(west, "West", parent, null, 0L)),
                v -> org.apply(new TeamChangedV1(alone, "Alone", null, null, 0L)),
                v -> org.apply(new RepChangedV1(reps.get(0), "r0", "r0@x.test", east, true, 0L)),
                v -> org.apply(new RepChangedV1(reps.get(1), "r1", "r1@x.test", east, true, 0L)),
                v -> org.apply(new RepChangedV1(reps.get(2), "r2", "r2@x.test", west, true, 0L)),
                v -> org.apply(new RepChangedV1(reps.get(3), "r3", "r3@x.test", alone, true, 0L)),
                v -> pipelineProjection.apply(pipeline(four, false, 0, "A", "B", "C", "D")),
                v -> pipelineProjection.apply(pipeline(three, false, 0, "A", "B", "C"))));

        List<Consumer<Void>> events = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            events.addAll(deal());
        }
        Collections.shuffle(events, random);
        int half = events.size() / 2;
        apply(events.subList(0, half));
        compareAll(6);

        // rep 4 is announced late, rep 0 changes team, a pipeline's stages change, a default of our own comes and goes
        apply(List.of(v -> org.apply(new RepChangedV1(reps.get(4), "r4", "r4@x.test", west, true, 0L)),
                v -> org.apply(new RepChangedV1(reps.get(0), "r0", "r0@x.test", west, true, 1L)),
                v -> org.apply(new RepChangedV1(reps.get(0), "r0", "r0@x.test", east, true, 0L)),
                v -> pipelineProjection.apply(pipeline(four, false, 1, "D", "B", "A", "E")),
                v -> pipelineProjection.apply(pipeline(late, false, 0, "B", "C", "E")),
                v -> pipelineProjection.apply(pipeline(ownDefault, true, 1, "A", "C"))));
        compareAll(6);
        List<Consumer<Void>> rest = new ArrayList<>(events.subList(half, events.size()));
        rest.addAll(events.subList(0, events.size() / 5));
        Collections.shuffle(rest, random);
        apply(rest);
        apply(List.of(v -> pipelineProjection.apply(pipeline(ownDefault, false, 2, "A", "C")),
                v -> org.apply(new RepChangedV1(reps.get(2), "r2", "r2@x.test", null, true, 1L))));
        compareAll(WINDOWS);

        // as before V51: no rows, the backfill not done; the start-up backfill fills them once
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("agg_conversion", "agg_conversion_change", "agg_team_conversion",
                    "agg_team_conversion_change")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            em.createNativeQuery("update agg_conversion_backfill set done = false").executeUpdate();
        });
        backfill.backfill(null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select done from agg_conversion_backfill").getSingleResult())).isEqualTo(true);
        compareAll(8);
        // the late pipeline is compared from when it is known (before, the report is a 422)
        assertThat(comparisons).isEqualTo(33 * 6 + 44 * (6 + WINDOWS + 8));
        assertThat(withDeals).as("reports with a cohort").isGreaterThan(comparisons / 3);
        assertThat(withClosedStays).as("reports with won or lost deals and completed stays").isGreaterThan(comparisons / 5);
    }

    /** One deal's events: created, moves and updates, each with the next version. */
    private List<Consumer<Void>> deal() {
        UUID id = UUID.randomUUID();
        UUID[] pipelineChoice = {four, three, null, late};
        UUID pipeline = pipelineChoice[random.nextInt(4)];
        UUID owner = reps.get(random.nextInt(reps.size()));
        OffsetDateTime created = JAN.atStartOfDay().atOffset(ZoneOffset.UTC)
                .plusMinutes(random.nextInt(120 * 24 * 60));
        String[] keys = {"A", "B", "C", "D", "E", "WON", "LOST"};
        String stage = keys[random.nextInt(3)];
        String kind = "OPEN";
        List<Consumer<Void>> events = new ArrayList<>();
        if (random.nextInt(8) > 0) {
            OpportunityChangedV1 first = state(id, owner, pipeline, stage, kind, created, 1L);
            events.add(v -> opportunities.apply(first, true));
        }
        int steps = random.nextInt(6);
        OffsetDateTime at = created;
        for (int version = 2; version < 2 + steps; version++) {
            if (random.nextInt(5) == 0) {
                if (random.nextBoolean()) {
                    owner = reps.get(random.nextInt(reps.size()));
                } else {
                    pipeline = pipelineChoice[random.nextInt(4)];
                }
                OpportunityChangedV1 update = state(id, owner, pipeline, stage, kind, created, (long) version);
                events.add(v -> opportunities.apply(update, false));
                continue;
            }
            String to = keys[random.nextInt(keys.length)];
            String toKind = to.equals("WON") || to.equals("LOST") ? to : "OPEN";
            at = random.nextInt(6) == 0 ? created.minusHours(random.nextInt(72))
                    : at.plusMinutes(random.nextInt(20 * 24 * 60));
            OpportunityChangedV1 after = state(id, owner, pipeline, to, toKind, created, (long) version);
            OpportunityStageChangedV1 move = new OpportunityStageChangedV1(id, owner, null, pipeline, to, toKind,
                    after.status(), after.amount(), null, created, null, null, null, null, stage, kind, to, toKind,
                    at, (long) version);
            events.add(v -> opportunities.apply(move));
            stage = to;
            kind = toKind;
        }
        return events;
    }

    private static OpportunityChangedV1 state(UUID id, UUID owner, UUID pipeline, String stage, String kind,
            OffsetDateTime created, long version) {
        return new OpportunityChangedV1(id, owner, null, pipeline, stage, kind, kind, new BigDecimal("100"), null,
                created, null, null, null, null, version);
    }

    private static PipelineDefinedV1 pipeline(UUID id, boolean isDefault, long version, String... open) {
        List<StageDefinition> definition = new ArrayList<>();
        for (String key : open) {
            definition.add(new StageDefinition(key, key, "OPEN", BigDecimal.ZERO, definition.size()));
        }
        definition.add(new StageDefinition("WON", "Won", "WON", BigDecimal.ONE, definition.size()));
        definition.add(new StageDefinition("LOST", "Lost", "LOST", BigDecimal.ZERO, definition.size()));
        return new PipelineDefinedV1(id, "Pipeline " + id, isDefault, definition, version);
    }

    /** Applies the events in transactions of one to five, as the inbox's batches do, flushing each. */
    private void apply(List<Consumer<Void>> events) {
        int i = 0;
        while (i < events.size()) {
            List<Consumer<Void>> batch = events.subList(i, Math.min(events.size(), i + 1 + random.nextInt(5)));
            QuarkusTransaction.requiringNew().run(() -> {
                batch.forEach(event -> event.accept(null));
                aggregates.flush();
            });
            i += batch.size();
        }
    }

    private void compareAll(int windows) {
        List<OwnerScope> owners = new ArrayList<>();
        reps.forEach(rep -> owners.add(new OwnerScope(OwnerType.REP, rep)));
        for (UUID team : List.of(parent, east, west, alone)) {
            owners.add(new OwnerScope(OwnerType.TEAM, team));
        }
        owners.add(OwnerScope.company());
        List<UUID> pipelineIds = new ArrayList<>(List.of(four, three, late));
        pipelineIds.add(null);
        QuarkusTransaction.requiringNew().run(() -> {
            for (OwnerScope owner : owners) {
                for (UUID pipeline : pipelineIds) {
                    if (pipeline != null && pipelines.findByIdOptional(pipeline).isEmpty()) {
                        continue;
                    }
                    for (int w = 0; w < windows; w++) {
                        ReportWindow window = window();
                        ConversionView expected = oracle(owner, window, pipeline);
                        assertThat(service.ofOwner(owner, window, pipeline)).as("%s %s %s", owner, pipeline, window)
                                .isEqualTo(expected);
                        comparisons++;
                        withDeals += expected.cohort() > 0 ? 1 : 0;
                        withClosedStays += expected.won() + expected.lost() > 0 && expected.stages().stream()
                                .anyMatch(s -> s.meanDaysInStage() != null) ? 1 : 0;
                    }
                }
            }
        });
    }

    private ReportWindow window() {
        LocalDate from = JAN.minusDays(10).plusDays(random.nextInt(130));
        LocalDate to = from.plusDays(random.nextInt(3) == 0 ? 400 : random.nextInt(90));
        LocalDate asOf = random.nextInt(4) == 0 ? LocalDate.of(2027, 1, 1) : JAN.minusDays(5).plusDays(random.nextInt(200));
        return new ReportWindow(from, to, asOf);
    }

    /** What the report answered when it read raw rows. */
    private ConversionView oracle(OwnerScope owner, ReportWindow window, UUID pipelineId) {
        Optional<Pipeline> pipeline = pipelineId == null ? pipelines.findDefault()
                : pipelines.findByIdOptional(pipelineId);
        if (pipeline.isEmpty()) {
            return new ConversionView(null, window.from(), window.to(), window.asOf(), 0, 0, 0, List.of(), null, null);
        }
        List<StageDefinition> definition = stages.of(pipeline.get());
        List<CohortDeal> cohort = raw.cohort(owner, window, pipeline.get());
        ConversionCalculator.Result result = ConversionCalculator.compute(definition, cohort);
        return new ConversionView(pipeline.get().pipelineId, window.from(), window.to(), window.asOf(), cohort.size(),
                result.won(), result.lost(), result.stages(), result.winRate(), result.biggestLeak());
    }
}
