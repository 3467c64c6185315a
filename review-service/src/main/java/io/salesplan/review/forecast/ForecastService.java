package io.salesplan.review.forecast;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.aggregate.Actuals;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.goal.GoalRepository;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.pipeline.Pipeline;
import io.salesplan.review.pipeline.PipelineRepository;
import io.salesplan.review.pipeline.PipelineStages;
import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The forecast of an owner for a period: target, won, the open deals by category, and the gap. */
@ApplicationScoped
public class ForecastService {

    private final Access access;
    private final ForecastQueries query;
    private final GoalRepository goals;
    private final Actuals actuals;
    private final PipelineRepository pipelines;
    private final PipelineStages stages;
    private final String currency;

    public ForecastService(Access access, ForecastQueries query, GoalRepository goals, Actuals actuals,
            PipelineRepository pipelines, PipelineStages stages, PlatformConfig config) {
        this.access = access;
        this.query = query;
        this.goals = goals;
        this.actuals = actuals;
        this.pipelines = pipelines;
        this.stages = stages;
        this.currency = config.currency();
    }

    /** {@link #ofOwner} for the caller: a 403 when the owner is outside their scope. */
    @Transactional
    public ForecastView forecast(OwnerScope owner, SalesPeriod period, LocalDate asOf) {
        OwnerAccess.require(access.grant(Operation.REPORTS), owner, "ownerType", "ownerId");
        return ofOwner(owner, period, asOf);
    }

    /** Any owner's forecast. No access check: for callers that made their own (a retrospective's snapshot). */
    @Transactional
    public ForecastView ofOwner(OwnerScope owner, SalesPeriod period, LocalDate asOf) {
        Optional<Goal> goal = goals.ofOwner(owner, period.key()).stream()
                .filter(g -> g.metric == Metric.REVENUE_WON && g.targetValue != null)
                .max(Comparator.comparing((Goal g) -> g.targetValue));
        BigDecimal target = goal.map(g -> g.targetValue.setScale(2)).orElse(null);
        BigDecimal won = wonInPeriod(owner, period, asOf);
        List<OpenDeals> open = open(owner, period, asOf);
        ForecastCalculator.Figures figures = ForecastCalculator.of(target, won, open);
        return new ForecastView(owner.type().name(), owner.id(), period.key(), period.start(), period.end(), asOf,
                currency, target, goal.map(g -> g.goalId).orElse(null), won, figures.commit(), figures.bestCase(),
                figures.pipeline(), figures.weightedPipeline(), figures.gap());
    }

    /** Revenue won from the period's first day to its last or asOf, whichever is earlier. */
    public BigDecimal wonInPeriod(OwnerScope owner, SalesPeriod period, LocalDate asOf) {
        LocalDate until = asOf.isBefore(period.end()) ? asOf : period.end();
        return actuals.deals(owner, period.start(), until).wonAmount().setScale(2);
    }

    private List<OpenDeals> open(OwnerScope owner, SalesPeriod period, LocalDate asOf) {
        Map<UUID, Map<String, BigDecimal>> probabilities = new HashMap<>();
        return query.openInPeriod(owner, period, asOf).stream()
                .map(group -> new OpenDeals(group.category(), group.amount(),
                        probabilities.computeIfAbsent(group.pipelineId(), this::probabilities)
                                .getOrDefault(group.stage(), BigDecimal.ZERO)))
                .toList();
    }

    /** Each stage's probability in a pipeline (the default one for deals without a pipeline id). */
    private Map<String, BigDecimal> probabilities(UUID pipelineId) {
        Optional<Pipeline> pipeline = pipelineId == null ? pipelines.findDefault() : pipelines.findByIdOptional(pipelineId);
        Map<String, BigDecimal> byStage = new HashMap<>();
        pipeline.ifPresent(p -> stages.of(p).stream().filter(s -> s.probability() != null)
                .forEach(s -> byStage.put(s.key(), s.probability())));
        return byStage;
    }
}
