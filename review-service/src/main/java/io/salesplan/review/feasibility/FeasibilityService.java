package io.salesplan.review.feasibility;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import io.salesplan.review.ReviewConfig;
import io.salesplan.review.access.Operation;
import io.salesplan.review.aggregate.Actuals;
import io.salesplan.review.aggregate.DealTotals;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.goal.GoalRepository;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.opportunity.OpenPipeline;
import io.salesplan.review.opportunity.OpportunityRepository;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.variance.Pace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class FeasibilityService {

    private final Access access;
    private final GoalRepository goals;
    private final Actuals actuals;
    private final OpportunityRepository opportunities;
    private final int windowDays;
    private final String currency;

    public FeasibilityService(Access access, GoalRepository goals, Actuals actuals, OpportunityRepository opportunities,
            ReviewConfig review, PlatformConfig platform) {
        this.access = access;
        this.goals = goals;
        this.actuals = actuals;
        this.opportunities = opportunities;
        this.windowDays = review.feasibilityWindowDays();
        this.currency = platform.currency();
    }

    @Transactional
    public FeasibilityView assess(UUID goalId, LocalDate asOf) {
        Grant grant = access.grant(Operation.REPORTS);
        Goal goal = goals.findByIdOptional(goalId).filter(g -> grant.coversOwner(g.ownerType.name(), g.ownerId))
                .orElseThrow(() -> ApiException.notFound("Goal", goalId));
        Metric metric = goal.metric;
        if (metric != Metric.REVENUE_WON && metric != Metric.DEALS_WON) {
            throw notAssessable(goal, "feasibility covers REVENUE_WON and DEALS_WON goals; this goal's metric is "
                    + goal.metric + " (the daily plan re-paces activity and opportunity goals)");
        }
        OwnerScope scope = OwnerScope.of(goal.ownerType, goal.ownerId).orElse(null);
        if (goal.targetValue == null || scope == null) {
            throw notAssessable(goal, "the goal has no target or no owner");
        }
        DealTotals period = actuals.deals(scope, goal.periodStart,
                Pace.of(goal.periodStart, goal.periodEnd, asOf).countUntil());
        BigDecimal actual = metric == Metric.REVENUE_WON ? period.wonAmount() : BigDecimal.valueOf(period.won());
        DealTotals history = actuals.deals(scope, FeasibilityRules.windowStart(asOf, windowDays), asOf);
        LocalDate pipelineFrom = asOf.isBefore(goal.periodStart) ? goal.periodStart : asOf;
        OpenPipeline pipeline = opportunities.openPipeline(scope, asOf, pipelineFrom, goal.periodEnd);

        FeasibilityRules.Assessment a = FeasibilityRules.assess(new FeasibilityRules.Input(metric, goal.targetValue,
                actual, goal.periodStart, goal.periodEnd, asOf, windowDays, history, pipeline));
        return new FeasibilityView(goal.goalId, metric.name(), asOf, currency, a.verdict(), a.reasons(), a.required(),
                a.history(), a.pipeline(), a.coverage(), a.requiredCoverage());
    }

    private static ApiException notAssessable(Goal goal, String why) {
        return new ApiException(422, "feasibility-not-applicable", "Feasibility not applicable",
                "Goal " + goal.goalId + ": " + why, null, null);
    }
}
