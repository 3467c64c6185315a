package io.salesplan.review.variance;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.aggregate.Actuals;
import io.salesplan.review.aggregate.DealTotals;
import io.salesplan.review.goal.Direction;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.goal.GoalRepository;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Goal variance from the daily aggregates. A goal's actual is read for its owner scope over the
 * period's days up to {@code asOf}; the children of a goal that belong to reps are read together
 * (one query per period range), so a team goal split over hundreds of reps stays a few queries.
 */
@ApplicationScoped
public class VarianceService {

    private final Access access;
    private final GoalRepository goals;
    private final Actuals actuals;
    private final String currency;

    public VarianceService(Access access, GoalRepository goals, Actuals actuals, PlatformConfig config) {
        this.access = access;
        this.goals = goals;
        this.actuals = actuals;
        this.currency = config.currency();
    }

    /** The goal's variance with its children in the caller's scope; a 404 when its owner is outside the scope. */
    @Transactional
    public GoalVarianceView goal(UUID goalId, LocalDate asOf) {
        Grant grant = access.grant(Operation.REPORTS);
        Goal goal = goals.findByIdOptional(goalId).filter(covered(grant))
                .orElseThrow(() -> ApiException.notFound("Goal", goalId));
        return withChildren(goal, asOf, covered(grant));
    }

    /** {@link #ofOwner} for the caller: a 403 when the owner is outside their scope; children only in it. */
    @Transactional
    public VarianceList list(OwnerScope owner, SalesPeriod period, LocalDate asOf) {
        Grant grant = access.grant(Operation.REPORTS);
        OwnerAccess.require(grant, owner, "ownerType", "ownerId");
        return ofOwner(owner, period, asOf, covered(grant));
    }

    /**
     * The owner's active goals of the period, or, without a period, those whose period contains asOf,
     * each with the children {@code shownChildren} accepts. No access check: for callers that made
     * their own (the leaderboard, a retrospective's snapshot).
     */
    @Transactional
    public VarianceList ofOwner(OwnerScope owner, SalesPeriod period, LocalDate asOf, Predicate<Goal> shownChildren) {
        List<Goal> list = period == null ? goals.ofOwnerCovering(owner, asOf) : goals.ofOwner(owner, period.key());
        return new VarianceList(list.stream().map(goal -> withChildren(goal, asOf, shownChildren)).toList());
    }

    private static Predicate<Goal> covered(Grant grant) {
        return goal -> grant.coversOwner(goal.ownerType.name(), goal.ownerId);
    }

    private GoalVarianceView withChildren(Goal goal, LocalDate asOf, Predicate<Goal> shownChildren) {
        List<Goal> children = goals.children(goal.goalId).stream().filter(shownChildren).toList();
        RepActuals reps = new RepActuals(children, asOf);
        List<GoalVarianceView> views = children.stream().map(child -> view(child, asOf, reps, List.of())).toList();
        return view(goal, asOf, null, views);
    }

    private GoalVarianceView view(Goal goal, LocalDate asOf, RepActuals reps, List<GoalVarianceView> children) {
        Pace pace = Pace.of(goal.periodStart, goal.periodEnd, asOf);
        Metric metric = goal.metric;
        Direction direction = goal.direction != null || metric == null ? goal.direction
                : metric.higherIsBetter() ? Direction.AT_LEAST : Direction.AT_MOST;
        OwnerScope scope = OwnerScope.of(goal.ownerType, goal.ownerId).orElse(null);
        Variance variance = Variance.unmeasured(goal.targetValue);
        if (metric != null && goal.targetValue != null && scope != null) {
            BigDecimal target = normalize(goal.targetValue, metric.scale());
            BigDecimal actual = actual(goal, metric, scope, pace, reps);
            variance = metric.additive()
                    ? VarianceCalculator.additive(target, actual, pace, metric.scale())
                    : VarianceCalculator.ratio(target, actual == null ? null : normalize(actual, metric.scale()),
                            direction == Direction.AT_LEAST, pace);
        }
        return new GoalVarianceView(goal.goalId, goal.title, metric, goal.activityType, direction,
                goal.ownerType.name(), goal.ownerId, goal.period, goal.periodStart, goal.periodEnd, asOf,
                pace.workingDays(), pace.elapsed(), currency,
                variance.target(), variance.actual(), variance.variance(), variance.attainment(),
                variance.expectedToDate(), variance.paceVariance(), variance.projected(), variance.status(),
                children);
    }

    private BigDecimal actual(Goal goal, Metric metric, OwnerScope scope, Pace pace, RepActuals reps) {
        LocalDate from = goal.periodStart;
        LocalDate to = pace.countUntil();
        if (metric == Metric.ACTIVITIES) {
            Map<String, Long> byType = reps == null ? null : reps.activities(scope, from, to);
            if (byType == null) {
                byType = actuals.activitiesByType(scope, from, to);
            }
            long count = goal.activityType == null ? byType.values().stream().mapToLong(Long::longValue).sum()
                    : byType.getOrDefault(goal.activityType.name(), 0L);
            return BigDecimal.valueOf(count);
        }
        DealTotals deals = reps == null ? null : reps.deals(scope, from, to);
        if (deals == null) {
            deals = actuals.deals(scope, from, to);
        }
        return switch (metric) {
            case REVENUE_WON -> deals.wonAmount();
            case DEALS_WON -> BigDecimal.valueOf(deals.won());
            case OPPORTUNITIES_CREATED -> BigDecimal.valueOf(deals.created());
            case WIN_RATE -> RatioMetrics.winRate(deals.won(), deals.lost());
            case AVERAGE_DEAL_SIZE -> RatioMetrics.averageDealSize(deals.wonAmount(), deals.won());
            case SALES_CYCLE_DAYS -> RatioMetrics.salesCycleDays(deals.wonCycleDays(), deals.won());
            case ACTIVITIES -> throw new IllegalStateException("handled above");
        };
    }

    /** Counts without decimals, money and days with 2, rates with 4: {@code 100.00} deals reads {@code 100}. */
    static BigDecimal normalize(BigDecimal value, int scale) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < scale || stripped.scale() < 0 ? stripped.setScale(Math.max(scale, 0)) : stripped;
    }

    private record Range(LocalDate from, LocalDate to) {
    }

    /** The actuals of rep-owned goals, fetched together per period range; null when not prefetched. */
    private final class RepActuals {

        private final Map<Range, Map<UUID, DealTotals>> deals = new HashMap<>();
        private final Map<Range, Map<UUID, Map<String, Long>>> activities = new HashMap<>();

        RepActuals(List<Goal> goals, LocalDate asOf) {
            Map<Range, Set<UUID>> dealReps = new HashMap<>();
            Map<Range, Set<UUID>> activityReps = new HashMap<>();
            for (Goal goal : goals) {
                Metric metric = goal.metric;
                if (metric == null || goal.ownerType != OwnerType.REP || goal.ownerId == null) {
                    continue;
                }
                Range range = new Range(goal.periodStart, Pace.of(goal.periodStart, goal.periodEnd, asOf).countUntil());
                (metric == Metric.ACTIVITIES ? activityReps : dealReps)
                        .computeIfAbsent(range, r -> new HashSet<>()).add(goal.ownerId);
            }
            dealReps.forEach((range, ids) -> deals.put(range, actuals.dealsByOwner(new ArrayList<>(ids), range.from,
                    range.to)));
            activityReps.forEach((range, ids) -> activities.put(range,
                    actuals.activitiesByOwner(new ArrayList<>(ids), range.from, range.to)));
        }

        DealTotals deals(OwnerScope scope, LocalDate from, LocalDate to) {
            Map<UUID, DealTotals> byRep = scope.type() == OwnerType.REP ? deals.get(new Range(from, to)) : null;
            return byRep == null ? null : byRep.getOrDefault(scope.id(), DealTotals.NONE);
        }

        Map<String, Long> activities(OwnerScope scope, LocalDate from, LocalDate to) {
            Map<UUID, Map<String, Long>> byRep = scope.type() == OwnerType.REP
                    ? activities.get(new Range(from, to)) : null;
            return byRep == null ? null : byRep.getOrDefault(scope.id(), Map.of());
        }
    }
}
