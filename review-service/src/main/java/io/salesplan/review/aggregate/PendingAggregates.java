package io.salesplan.review.aggregate;

import jakarta.transaction.TransactionScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Aggregate deltas summed within one transaction, row by row, until {@link DailyAggregates#flush()}
 * writes them. Transaction-scoped, so a rolled-back batch leaves nothing behind for the next one.
 */
@TransactionScoped
public class PendingAggregates {

    record ActivityKey(UUID owner, LocalDate day, String type) {
    }

    record DayKey(UUID owner, LocalDate day) {
    }

    /** A row of {@code agg_touch_day}: a rep's activities of a type on a day logged against an opportunity. */
    record TouchKey(UUID owner, LocalDate day, String type, UUID opportunity) {
    }

    record DealDelta(long created, long won, BigDecimal wonAmount, long wonCycleDays, long lost) {
        DealDelta plus(DealDelta o) {
            return new DealDelta(created + o.created, won + o.won, wonAmount.add(o.wonAmount),
                    wonCycleDays + o.wonCycleDays, lost + o.lost);
        }

        boolean isZero() {
            return created == 0 && won == 0 && wonAmount.signum() == 0 && wonCycleDays == 0 && lost == 0;
        }
    }

    private static final Comparator<ActivityKey> ACTIVITY_ORDER = Comparator.comparing(ActivityKey::owner)
            .thenComparing(ActivityKey::day).thenComparing(ActivityKey::type);
    private static final Comparator<DayKey> DAY_ORDER = Comparator.comparing(DayKey::owner)
            .thenComparing(DayKey::day);
    private static final Comparator<TouchKey> TOUCH_ORDER = Comparator.comparing(TouchKey::owner)
            .thenComparing(TouchKey::day).thenComparing(TouchKey::type).thenComparing(TouchKey::opportunity);

    private Map<ActivityKey, Long> activities = new TreeMap<>(ACTIVITY_ORDER);
    private Map<DayKey, DealDelta> deals = new TreeMap<>(DAY_ORDER);
    private Map<TouchKey, Long> touches = new TreeMap<>(TOUCH_ORDER);

    void addActivity(ActivityKey key, long delta) {
        activities.merge(key, delta, Long::sum);
    }

    void addDeal(DayKey key, DealDelta delta) {
        deals.merge(key, delta, DealDelta::plus);
    }

    void addTouch(TouchKey key, long delta) {
        touches.merge(key, delta, Long::sum);
    }

    /** The non-zero deltas in row order, emptied for the rest of the transaction. */
    Map<ActivityKey, Long> drainActivities() {
        Map<ActivityKey, Long> drained = activities;
        drained.values().removeIf(v -> v == 0);
        activities = new TreeMap<>(ACTIVITY_ORDER);
        return drained;
    }

    /** The same deltas summed per month: each day moved to the first of its month, zeros dropped. */
    static Map<ActivityKey, Long> monthlyActivities(Map<ActivityKey, Long> daily) {
        Map<ActivityKey, Long> monthly = new TreeMap<>(ACTIVITY_ORDER);
        daily.forEach((k, v) -> monthly.merge(new ActivityKey(k.owner(), k.day().withDayOfMonth(1), k.type()), v,
                Long::sum));
        monthly.values().removeIf(v -> v == 0);
        return monthly;
    }

    static Map<DayKey, DealDelta> monthlyDeals(Map<DayKey, DealDelta> daily) {
        Map<DayKey, DealDelta> monthly = new TreeMap<>(DAY_ORDER);
        daily.forEach((k, v) -> monthly.merge(new DayKey(k.owner(), k.day().withDayOfMonth(1)), v, DealDelta::plus));
        monthly.values().removeIf(DealDelta::isZero);
        return monthly;
    }

    /** Every owner with a delta, in id order. */
    static SortedSet<UUID> owners(Map<ActivityKey, Long> activities, Map<DayKey, DealDelta> deals) {
        SortedSet<UUID> owners = new TreeSet<>();
        activities.keySet().forEach(k -> owners.add(k.owner()));
        deals.keySet().forEach(k -> owners.add(k.owner()));
        return owners;
    }

    /** The same deltas summed per team: each rep's row moved to the team of {@code teams}, other owners dropped. */
    static Map<ActivityKey, Long> activitiesOf(Map<ActivityKey, Long> rows, Map<UUID, UUID> teams) {
        Map<ActivityKey, Long> result = new TreeMap<>(ACTIVITY_ORDER);
        rows.forEach((k, v) -> {
            UUID team = teams.get(k.owner());
            if (team != null) {
                result.merge(new ActivityKey(team, k.day(), k.type()), v, Long::sum);
            }
        });
        result.values().removeIf(v -> v == 0);
        return result;
    }

    static Map<DayKey, DealDelta> dealsOf(Map<DayKey, DealDelta> rows, Map<UUID, UUID> teams) {
        Map<DayKey, DealDelta> result = new TreeMap<>(DAY_ORDER);
        rows.forEach((k, v) -> {
            UUID team = teams.get(k.owner());
            if (team != null) {
                result.merge(new DayKey(team, k.day()), v, DealDelta::plus);
            }
        });
        result.values().removeIf(DealDelta::isZero);
        return result;
    }

    Map<DayKey, DealDelta> drainDeals() {
        Map<DayKey, DealDelta> drained = deals;
        drained.values().removeIf(DealDelta::isZero);
        deals = new TreeMap<>(DAY_ORDER);
        return drained;
    }

    /** The non-zero touch deltas in row order, emptied for the rest of the transaction. */
    Map<TouchKey, Long> drainTouches() {
        Map<TouchKey, Long> drained = touches;
        drained.values().removeIf(v -> v == 0);
        touches = new TreeMap<>(TOUCH_ORDER);
        return drained;
    }
}
