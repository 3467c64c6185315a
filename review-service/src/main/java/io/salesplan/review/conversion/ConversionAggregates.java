package io.salesplan.review.conversion;

import io.salesplan.review.aggregate.DailyAggregateRepository;
import io.salesplan.review.pipeline.PipelineRepository;
import io.salesplan.review.pipeline.PipelineStages;
import io.salesplan.review.pipeline.StageDefinition;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps the conversion aggregates ({@code agg_conversion*}): each deal's funnel as of now and its dated
 * changes, per owner (the rep, the company and the rep's current team), pipeline and creation day. The
 * projection reads a deal's contribution from the raw rows before it applies an event and again after,
 * and {@link #replace} adds the difference, so late, out-of-order and repeated events, new owners and
 * pipelines all come out right without a per-deal copy. A pipeline's rows depend on its stage
 * definition: {@link #recompute} rewrites them when it changes.
 */
@ApplicationScoped
public class ConversionAggregates {

    /** The pipeline key of deals without a pipeline id (they count for the default pipeline). */
    public static final UUID NO_PIPELINE = new UUID(0L, 0L);

    /** Deals whose rows a rewrite sums in memory before writing them. */
    private static final int REBUILD_CHUNK = 5_000;

    private final EntityManager em;
    private final ConversionAggregateRepository rows;
    private final DailyAggregateRepository reps;
    private final PipelineRepository pipelines;
    private final PipelineStages stages;
    private final BusinessCalendar calendar;

    public ConversionAggregates(EntityManager em, ConversionAggregateRepository rows, DailyAggregateRepository reps,
            PipelineRepository pipelines, PipelineStages stages, BusinessCalendar calendar) {
        this.em = em;
        this.rows = rows;
        this.reps = reps;
        this.pipelines = pipelines;
        this.stages = stages;
        this.calendar = calendar;
    }

    /** A deal's rows as its owner's: values by row key; empty for an unknown deal. */
    public record Contribution(TreeMap<ConversionRow, long[]> rows) {
    }

    /** The deal's contribution as the read model holds it now (call it before and after applying an event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contribution of(UUID opportunityId) {
        em.flush();
        rows.lock(false);
        DealHistory deal = rows.history(opportunityId);
        TreeMap<ConversionRow, long[]> contribution = new TreeMap<>();
        if (deal != null) {
            add(contribution, deal, new HashMap<>());
        }
        return new Contribution(contribution);
    }

    /** Adds {@code after} and removes {@code before} from the rows of the owners, their teams and the company. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(Contribution before, Contribution after) {
        TreeMap<ConversionRow, long[]> delta = new TreeMap<>();
        before.rows().forEach((key, values) -> merge(delta, key, values, -1));
        after.rows().forEach((key, values) -> merge(delta, key, values, 1));
        delta.values().removeIf(ConversionAggregates::isZero);
        if (!delta.isEmpty()) {
            TreeSet<UUID> owners = new TreeSet<>();
            delta.keySet().forEach(key -> owners.add(key.owner()));
            write(delta, teamsOf(owners));
        }
    }

    /**
     * Moves a rep's rows between team rows, in the transaction that records the rep's new team, after
     * {@link io.salesplan.review.aggregate.DailyAggregates#moveRep}: under the rep's exclusive lock it took, so
     * that no delta is added to a team after the rep's rows left it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveRep(UUID repId, UUID fromTeam, UUID toTeam) {
        rows.moveRep(repId, fromTeam, toTeam);
    }

    /** Rewrites a pipeline's rows ({@link #NO_PIPELINE}: the deals without one), after its stages changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(UUID pipelineKey) {
        em.flush();
        rows.lock(true);
        rebuild(rows.histories(pipelineKey), () -> rows.delete(pipelineKey));
    }

    /** Rewrites every row from the raw rows (the one-time backfill). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeAll() {
        em.flush();
        rows.lock(true);
        rebuild(rows.histories(null), () -> rows.delete(null));
    }

    /**
     * Reads the owners' teams under their shared rep locks first (a rep's move holds it exclusively, and
     * may be waiting to update rows the clearing would lock), clears, then adds the deals' rows in chunks,
     * so that a backfill of every deal does not hold all their rows in memory at once.
     */
    private void rebuild(List<DealHistory> deals, Runnable clear) {
        TreeSet<UUID> owners = new TreeSet<>();
        deals.forEach(deal -> owners.add(deal.ownerId()));
        Map<UUID, UUID> teams = teamsOf(owners);
        clear.run();
        Map<UUID, List<StageDefinition>> definitions = new HashMap<>();
        for (int start = 0; start < deals.size(); start += REBUILD_CHUNK) {
            TreeMap<ConversionRow, long[]> chunk = new TreeMap<>();
            for (DealHistory deal : deals.subList(start, Math.min(deals.size(), start + REBUILD_CHUNK))) {
                add(chunk, deal, definitions);
            }
            chunk.values().removeIf(ConversionAggregates::isZero);
            write(chunk, teams);
        }
    }

    private Map<UUID, UUID> teamsOf(TreeSet<UUID> owners) {
        return owners.isEmpty() ? Map.of() : reps.lockedTeamsOf(owners);
    }

    /** Adds the rows for the owners, the company and the owners' teams. */
    private void write(TreeMap<ConversionRow, long[]> delta, Map<UUID, UUID> teams) {
        TreeMap<ConversionRow, long[]> plain = new TreeMap<>();
        TreeMap<ConversionRow, long[]> team = new TreeMap<>();
        delta.forEach((key, values) -> {
            merge(plain, key, values, 1);
            merge(plain, key.withOwner(OwnerScope.COMPANY_ID), values, 1);
            UUID teamId = teams.get(key.owner());
            if (teamId != null) {
                merge(team, key.withOwner(teamId), values, 1);
            }
        });
        rows.add("agg_conversion", plain);
        rows.add("agg_team_conversion", team);
    }

    private void add(TreeMap<ConversionRow, long[]> into, DealHistory deal, Map<UUID, List<StageDefinition>> cache) {
        UUID pipeline = deal.pipelineId() == null ? NO_PIPELINE : deal.pipelineId();
        List<StageDefinition> definition = cache.computeIfAbsent(pipeline, this::definition);
        DealHistory.Steps steps = deal.steps(definition, calendar.zone());
        addFunnel(into, new ConversionRow(deal.ownerId(), pipeline, null, deal.createdDay(), 0), steps.now());
        steps.changes().forEach((day, change) -> addFunnel(into,
                new ConversionRow(deal.ownerId(), pipeline, day, deal.createdDay(), 0), change));
    }

    private List<StageDefinition> definition(UUID pipelineKey) {
        return (NO_PIPELINE.equals(pipelineKey) ? pipelines.findDefault()
                : pipelines.findByIdOptional(pipelineKey)).map(stages::of).orElse(List.of());
    }

    private static void addFunnel(TreeMap<ConversionRow, long[]> into, ConversionRow at, Funnel funnel) {
        long[] deals = new long[ConversionRow.VALUES];
        deals[ConversionRow.DEALS] = funnel.deals();
        deals[ConversionRow.WON] = funnel.won();
        deals[ConversionRow.LOST] = funnel.lost();
        merge(into, position(at, -1), deals, 1);
        for (int i = 0; i < funnel.openStages(); i++) {
            long[] stage = new long[ConversionRow.VALUES];
            stage[ConversionRow.REACHED] = funnel.reached(i);
            stage[ConversionRow.STAYS] = funnel.stays(i);
            stage[ConversionRow.STAY_SECONDS] = funnel.staySeconds(i);
            merge(into, position(at, i), stage, 1);
        }
    }

    private static ConversionRow position(ConversionRow at, int position) {
        return new ConversionRow(at.owner(), at.pipeline(), at.changedOn(), at.createdDay(), position);
    }

    private static void merge(TreeMap<ConversionRow, long[]> into, ConversionRow key, long[] values, int sign) {
        long[] sum = into.computeIfAbsent(key, k -> new long[ConversionRow.VALUES]);
        for (int i = 0; i < ConversionRow.VALUES; i++) {
            sum[i] += sign * values[i];
        }
    }

    private static boolean isZero(long[] values) {
        for (long value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }
}
