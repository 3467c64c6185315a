package io.salesplan.review.dailyplan;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.aggregate.Actuals;
import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.goal.GoalRepository;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DailyPlanService {

    private final Access access;
    private final RepRepository reps;
    private final GoalRepository goals;
    private final Actuals actuals;

    public DailyPlanService(Access access, RepRepository reps, GoalRepository goals, Actuals actuals) {
        this.access = access;
        this.reps = reps;
        this.goals = goals;
        this.actuals = actuals;
    }

    @Transactional
    public DailyPlanView plan(UUID repId, LocalDate date) {
        access.grant(Operation.REPORTS).requireRep("repId", repId);
        if (reps.findByIdOptional(repId).isEmpty()) {
            throw ApiException.notFound("Rep", repId);
        }
        OwnerScope rep = new OwnerScope(OwnerType.REP, repId);
        List<DailyPlanView.Item> items = new ArrayList<>();
        for (Goal goal : goals.ofOwnerCovering(rep, date)) {
            Metric metric = goal.metric;
            if (goal.targetValue == null || (metric != Metric.ACTIVITIES && metric != Metric.OPPORTUNITIES_CREATED)) {
                continue;
            }
            long before = done(rep, metric, goal.activityType, goal.periodStart, date.minusDays(1));
            long today = done(rep, metric, goal.activityType, date, date);
            DailyPlanCalculator.Day day = DailyPlanCalculator.compute(goal.targetValue, before, date, goal.periodEnd);
            items.add(new DailyPlanView.Item(goal.goalId, metric.name(), goal.activityType, day.remaining(),
                    day.remainingWorkingDays(), day.requiredToday(), today));
        }
        return new DailyPlanView(repId, date, items);
    }

    private long done(OwnerScope rep, Metric metric, ActivityType activityType, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return metric == Metric.ACTIVITIES ? actuals.activities(rep, from, to, activityType)
                : actuals.deals(rep, from, to).created();
    }
}
