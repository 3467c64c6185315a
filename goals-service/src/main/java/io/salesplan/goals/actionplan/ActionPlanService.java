package io.salesplan.goals.actionplan;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.goals.access.Operation;
import io.salesplan.goals.decomposition.LargestRemainder;
import io.salesplan.goals.goal.ActivityType;
import io.salesplan.goals.goal.Goal;
import io.salesplan.goals.goal.GoalChangedV1;
import io.salesplan.goals.goal.GoalOrigin;
import io.salesplan.goals.goal.GoalPublisher;
import io.salesplan.goals.goal.GoalRepository;
import io.salesplan.goals.goal.GoalResponse;
import io.salesplan.goals.goal.GoalType;
import io.salesplan.goals.goal.Metric;
import io.salesplan.goals.goal.OwnerType;
import io.salesplan.goals.rep.Rep;
import io.salesplan.goals.rep.RepRepository;
import io.salesplan.goals.team.Team;
import io.salesplan.goals.team.TeamRepository;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class ActionPlanService {

    private final GoalRepository goals;
    private final GoalPublisher publisher;
    private final TeamRepository teams;
    private final RepRepository reps;
    private final GoalAccess access;
    private final String currency;

    public ActionPlanService(GoalRepository goals, GoalPublisher publisher, TeamRepository teams, RepRepository reps,
            GoalAccess access, PlatformConfig config) {
        this.goals = goals;
        this.publisher = publisher;
        this.teams = teams;
        this.reps = reps;
        this.access = access;
        this.currency = config.currency();
    }

    /** Identifies one KPI goal the plan maintains, so that a second apply finds the goal of the first. */
    private record KpiKey(OwnerType ownerType, UUID ownerId, Metric metric, ActivityType activityType) {
    }

    @Transactional
    public ActionPlanView plan(UUID goalId, ActionPlanRequest request) {
        boolean apply = Boolean.TRUE.equals(request.apply());
        access.forOperation(goalId, Operation.CHANGE_GOALS);
        Goal goal = (apply ? goals.findByIdOptional(goalId, LockModeType.PESSIMISTIC_WRITE) : goals.findByIdOptional(goalId))
                .orElseThrow(() -> ApiException.notFound("Goal", goalId));
        if (goal.metric != Metric.REVENUE_WON) {
            throw ApiException.conflict("an action plan runs a REVENUE_WON target backwards through the funnel; goal "
                    + goalId + " measures " + (goal.metric == null ? "nothing (it is an OBJECTIVE)" : goal.metric));
        }
        if (!goal.active()) {
            throw ApiException.conflict("goal " + goalId + " is archived");
        }
        Map<ActivityType, BigDecimal> ratios = request.activitiesPerOpportunity() == null ? Map.of()
                : request.activitiesPerOpportunity();
        ActionPlanCalculator.Plan plan;
        try {
            plan = ActionPlanCalculator.plan(owners(goal), request.averageDealSize(), request.winRate(), ratios,
                    goal.salesPeriod().workingDays());
        } catch (ArithmeticException e) {
            throw ApiException.invalid("body", "with this averageDealSize, winRate and these activity ratios the plan "
                    + "needs more deals, opportunities or activities than can be counted; check the assumptions");
        }
        List<GoalResponse> applied = apply ? apply(goal, plan) : null;
        return new ActionPlanView(goal.id, goal.period, plan.workingDays(), currency,
                new ActionPlanView.Totals(plan.deals(), plan.opportunities(), plan.activities()),
                plan.owners().stream().map(ActionPlanView.OwnerPlan::from).toList(), applied);
    }

    /** The goal's owner-children, else its team's active reps (split evenly), else its own owner. */
    private List<ActionPlanCalculator.OwnerRevenue> owners(Goal goal) {
        List<Goal> ownerChildren = goals.activeChildren(goal.id, GoalOrigin.OWNER_SPLIT);
        if (!ownerChildren.isEmpty()) {
            return ownerChildren.stream()
                    .map(c -> new ActionPlanCalculator.OwnerRevenue(c.ownerType, c.ownerId, c.presentedTarget()))
                    .toList();
        }
        if (goal.ownerType == OwnerType.TEAM) {
            List<Rep> members = reps.activeMembers(goal.ownerId);
            if (!members.isEmpty()) {
                List<BigDecimal> shares = LargestRemainder.evenly(goal.presentedTarget(), members.size(), 2);
                List<ActionPlanCalculator.OwnerRevenue> owners = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    owners.add(new ActionPlanCalculator.OwnerRevenue(OwnerType.REP, members.get(i).id, shares.get(i)));
                }
                return owners;
            }
        }
        return List.of(new ActionPlanCalculator.OwnerRevenue(goal.ownerType, goal.ownerId, goal.presentedTarget()));
    }

    /**
     * Creates the KPI goals the plan calls for, updates the targets of those an earlier apply made,
     * and archives the ones the plan no longer calls for.
     */
    private List<GoalResponse> apply(Goal goal, ActionPlanCalculator.Plan plan) {
        Map<KpiKey, Goal> existing = new HashMap<>();
        for (Goal kpi : goals.activeChildren(goal.id, GoalOrigin.ACTION_PLAN)) {
            existing.put(new KpiKey(kpi.ownerType, kpi.ownerId, kpi.metric, kpi.activityType), kpi);
        }
        Map<KpiKey, BigDecimal> wanted = new LinkedHashMap<>();
        for (ActionPlanCalculator.OwnerPlan owner : plan.owners()) {
            wanted.put(new KpiKey(owner.ownerType(), owner.ownerId(), Metric.DEALS_WON, null),
                    BigDecimal.valueOf(owner.deals()));
            wanted.put(new KpiKey(owner.ownerType(), owner.ownerId(), Metric.OPPORTUNITIES_CREATED, null),
                    BigDecimal.valueOf(owner.opportunities()));
            owner.activities().forEach((type, count) -> wanted.put(
                    new KpiKey(owner.ownerType(), owner.ownerId(), Metric.ACTIVITIES, type), BigDecimal.valueOf(count)));
        }
        List<Goal> created = new ArrayList<>();
        List<Goal> updated = new ArrayList<>();
        List<Goal> result = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (Map.Entry<KpiKey, BigDecimal> entry : wanted.entrySet()) {
            KpiKey key = entry.getKey();
            Goal kpi = existing.remove(key);
            if (kpi == null) {
                kpi = new Goal(title(goal, key, names), null, GoalType.KPI, goal.id, key.ownerType(), key.ownerId(),
                        goal.salesPeriod(), key.metric(), key.activityType(), entry.getValue(), GoalOrigin.ACTION_PLAN,
                        publisher.actor());
                goals.persist(kpi);
                created.add(kpi);
            } else if (kpi.presentedTarget().compareTo(entry.getValue()) != 0) {
                kpi.retarget(entry.getValue(), "action plan of goal " + goal.id);
                updated.add(kpi);
            }
            result.add(kpi);
        }
        if (!existing.isEmpty()) {
            publisher.archiveSubtrees(existing.values(), "no longer in the action plan of goal " + goal.id);
        }
        publisher.publish(GoalChangedV1.CREATED, created);
        publisher.publish(GoalChangedV1.UPDATED, updated);
        return result.stream().map(g -> GoalResponse.from(g, currency)).toList();
    }

    private String title(Goal goal, KpiKey key, Map<UUID, String> names) {
        String owner = key.ownerId() == null ? "Company" : names.computeIfAbsent(key.ownerId(), id -> ownerName(key));
        String what = switch (key.metric()) {
            case DEALS_WON -> "deals won";
            case OPPORTUNITIES_CREATED -> "opportunities created";
            default -> Objects.toString(key.activityType(), "all").toLowerCase() + " activities";
        };
        String title = owner + " · " + what + " · " + goal.title;
        return title.length() <= 200 ? title : title.substring(0, 200);
    }

    private String ownerName(KpiKey key) {
        return key.ownerType() == OwnerType.TEAM
                ? teams.findByIdOptional(key.ownerId()).map(team -> team.name).orElse("Team")
                : reps.findByIdOptional(key.ownerId()).map(rep -> rep.name).orElse("Rep");
    }
}
