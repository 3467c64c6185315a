package io.salesplan.review.aggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums the aggregate rows of several owners over a range, per owner, in one query: the rep and company
 * rows ({@link #REP_ROWS}) or the team rows ({@link #TEAM_ROWS}).
 */
@ApplicationScoped
public class ActualsQueries {

    /** The prefix of the rep and company aggregates ({@code agg_deal_day} …). */
    public static final String REP_ROWS = "agg_";
    /** The prefix of the team aggregates ({@code agg_team_deal_day} …). */
    public static final String TEAM_ROWS = "agg_team_";

    private final EntityManager em;

    public ActualsQueries(EntityManager em) {
        this.em = em;
    }

    public Map<UUID, DealTotals> dealsByOwner(String prefix, Collection<UUID> owners, LocalDate from, LocalDate to) {
        Map<UUID, DealTotals> result = new HashMap<>();
        if (owners.isEmpty() || to.isBefore(from)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = inRange(em.createNativeQuery("select a.owner_id, sum(a.sign * a.created), "
                + "sum(a.sign * a.won), sum(a.sign * a.won_amount), sum(a.sign * a.won_cycle_days), "
                + "sum(a.sign * a.lost) from " + rows(prefix + "deal") + " a group by a.owner_id"), owners, from, to)
                .getResultList();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new DealTotals(count(row[1]), count(row[2]), (BigDecimal) row[3],
                    count(row[4]), count(row[5])));
        }
        return result;
    }

    /** Activities per type of each owner; a type is absent or positive. */
    public Map<UUID, Map<String, Long>> activitiesByOwner(String prefix, Collection<UUID> owners, LocalDate from,
            LocalDate to) {
        Map<UUID, Map<String, Long>> result = new HashMap<>();
        if (owners.isEmpty() || to.isBefore(from)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = inRange(em.createNativeQuery("select a.owner_id, a.activity_type, "
                + "sum(a.sign * a.activities) from " + rows(prefix + "activity") + " a "
                + "group by a.owner_id, a.activity_type"), owners, from, to).getResultList();
        for (Object[] row : rows) {
            long activities = count(row[2]);
            if (activities != 0) {
                result.computeIfAbsent((UUID) row[0], k -> new LinkedHashMap<>()).put((String) row[1], activities);
            }
        }
        return result;
    }

    /**
     * The rows of an aggregate ({@code agg_activity}, {@code agg_deal} or their {@code agg_team_} twins) for the owners over
     * [from, to] as {@link RangePlan} lays them out, each with the {@code sign} (1 or -1) it is
     * summed with. Each part is a plain range, so that a generic plan of the prepared statement
     * reads only the rows it sums.
     */
    private static String rows(String aggregate) {
        return "(select d.*, cast(:headSign as integer) as sign from " + aggregate + "_day d "
                + "where d.owner_id in (:owners) and d.day between :headFrom and :headTo "
                + "union all select d.*, cast(:tailSign as integer) from " + aggregate + "_day d "
                + "where d.owner_id in (:owners) and d.day between :tailFrom and :tailTo "
                + "union all select m.*, 1 from " + aggregate + "_month m "
                + "where m.owner_id in (:owners) and m.day between :monthsFrom and :monthsTo)";
    }

    private static Query inRange(Query query, Collection<UUID> owners, LocalDate from, LocalDate to) {
        RangePlan plan = RangePlan.of(from, to);
        return query.setParameter("owners", owners)
                .setParameter("headFrom", plan.head().from()).setParameter("headTo", plan.head().to())
                .setParameter("headSign", plan.head().sign())
                .setParameter("tailFrom", plan.tail().from()).setParameter("tailTo", plan.tail().to())
                .setParameter("tailSign", plan.tail().sign())
                .setParameter("monthsFrom", plan.monthsFrom()).setParameter("monthsTo", plan.monthsTo());
    }

    /** A sum over one group: never null (every group has a row, every column is not null), a numeric. */
    private static long count(Object sum) {
        return ((Number) sum).longValue();
    }
}
