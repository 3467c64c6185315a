package io.salesplan.goals.actionplan;

import io.salesplan.goals.goal.ActivityType;
import io.salesplan.goals.goal.OwnerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the sales funnel backwards: revenue → deals (÷ average deal size) → opportunities
 * (÷ win rate) → activities (× activities per opportunity) → per working day and per week. Every
 * step rounds up, so that the plan never falls short of the revenue it was made for.
 */
public final class ActionPlanCalculator {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(5);

    private ActionPlanCalculator() {
    }

    /** The revenue one owner has to win. */
    public record OwnerRevenue(OwnerType ownerType, UUID ownerId, BigDecimal revenue) {
    }

    /** What one owner has to do to win their revenue. */
    public record OwnerPlan(OwnerType ownerType, UUID ownerId, BigDecimal revenue, long deals, long opportunities,
            Map<ActivityType, Long> activities, Map<ActivityType, BigDecimal> perWorkingDay,
            Map<ActivityType, BigDecimal> perWeek) {
    }

    /** The plans of all owners and their sums. */
    public record Plan(int workingDays, long deals, long opportunities, Map<ActivityType, Long> activities,
            List<OwnerPlan> owners) {
    }

    /**
     * @param averageDealSize greater than 0
     * @param winRate in (0, 1]
     * @param activitiesPerOpportunity non-negative ratios per activity type
     * @param workingDays the working days of the period, greater than 0
     */
    public static Plan plan(List<OwnerRevenue> owners, BigDecimal averageDealSize, BigDecimal winRate,
            Map<ActivityType, BigDecimal> activitiesPerOpportunity, int workingDays) {
        if (averageDealSize.signum() <= 0 || winRate.signum() <= 0 || winRate.compareTo(BigDecimal.ONE) > 0
                || workingDays <= 0) {
            throw new IllegalArgumentException("averageDealSize and workingDays must be positive, winRate in (0, 1]");
        }
        List<OwnerPlan> plans = owners.stream()
                .map(o -> ownerPlan(o, averageDealSize, winRate, activitiesPerOpportunity, workingDays))
                .toList();
        Map<ActivityType, Long> totalActivities = new EnumMap<>(ActivityType.class);
        activitiesPerOpportunity.keySet().forEach(t -> totalActivities.put(t, 0L));
        plans.forEach(p -> p.activities().forEach((t, n) -> totalActivities.merge(t, n, Long::sum)));
        return new Plan(workingDays, plans.stream().mapToLong(OwnerPlan::deals).sum(),
                plans.stream().mapToLong(OwnerPlan::opportunities).sum(), totalActivities, plans);
    }

    private static OwnerPlan ownerPlan(OwnerRevenue owner, BigDecimal averageDealSize, BigDecimal winRate,
            Map<ActivityType, BigDecimal> ratios, int workingDays) {
        long deals = owner.revenue().divide(averageDealSize, 0, RoundingMode.CEILING).longValueExact();
        long opportunities = BigDecimal.valueOf(deals).divide(winRate, 0, RoundingMode.CEILING).longValueExact();
        BigDecimal days = BigDecimal.valueOf(workingDays);
        Map<ActivityType, Long> activities = new EnumMap<>(ActivityType.class);
        Map<ActivityType, BigDecimal> perDay = new EnumMap<>(ActivityType.class);
        Map<ActivityType, BigDecimal> perWeek = new EnumMap<>(ActivityType.class);
        ratios.forEach((type, ratio) -> {
            long count = BigDecimal.valueOf(opportunities).multiply(ratio).setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            activities.put(type, count);
            perDay.put(type, BigDecimal.valueOf(count).divide(days, 2, RoundingMode.CEILING));
            perWeek.put(type, BigDecimal.valueOf(count).multiply(DAYS_PER_WEEK).divide(days, 2, RoundingMode.CEILING));
        });
        return new OwnerPlan(owner.ownerType(), owner.ownerId(), owner.revenue(), deals, opportunities, activities,
                perDay, perWeek);
    }
}
