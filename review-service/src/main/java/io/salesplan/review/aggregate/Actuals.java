package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ScopeFilter;
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
 * Reads the aggregates for an owner scope: a rep's own rows, the company's total rows, or the rows
 * of every rep in a team and all its sub-teams (as the org is now). A range reads whole months from
 * the monthly rows and only the days around them from the daily rows, so a year to date costs a
 * dozen rows per rep and type instead of a row per day.
 */
@ApplicationScoped
public class Actuals {

    private final EntityManager em;

    public Actuals(EntityManager em) {
        this.em = em;
    }

    public DealTotals deals(OwnerScope scope, LocalDate from, LocalDate to) {
        return dealsByOwner(owners(scope), from, to).values().stream().reduce(DealTotals.NONE, DealTotals::plus);
    }

    /** Activities per type in the range; every type is absent or positive. */
    public Map<String, Long> activitiesByType(OwnerScope scope, LocalDate from, LocalDate to) {
        Map<String, Long> result = new LinkedHashMap<>();
        activitiesByOwner(owners(scope), from, to).values()
                .forEach(byType -> byType.forEach((type, count) -> result.merge(type, count, Long::sum)));
        return result;
    }

    public long activities(OwnerScope scope, LocalDate from, LocalDate to, String type) {
        Map<String, Long> byType = activitiesByType(scope, from, to);
        if (type != null) {
            return byType.getOrDefault(type, 0L);
        }
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Deal totals of several owners (reps, or the company's total row) over the same range, in one query. */
    public Map<UUID, DealTotals> dealsByOwner(Collection<UUID> owners, LocalDate from, LocalDate to) {
        Map<UUID, DealTotals> result = new HashMap<>();
        if (owners.isEmpty() || to.isBefore(from)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = inRange(em.createNativeQuery("select a.owner_id, sum(a.created), sum(a.won), "
                + "sum(a.won_amount), sum(a.won_cycle_days), sum(a.lost) from " + rows("agg_deal") + " a "
                + "group by a.owner_id"), owners, from, to).getResultList();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new DealTotals(number(row[1]).longValue(), number(row[2]).longValue(),
                    decimal(row[3]), number(row[4]).longValue(), number(row[5]).longValue()));
        }
        return result;
    }

    /** Activities per type of several owners over the same range, in one query; absent or positive. */
    public Map<UUID, Map<String, Long>> activitiesByOwner(Collection<UUID> owners, LocalDate from, LocalDate to) {
        Map<UUID, Map<String, Long>> result = new HashMap<>();
        if (owners.isEmpty() || to.isBefore(from)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = inRange(em.createNativeQuery("select a.owner_id, a.activity_type, sum(a.activities) "
                + "from " + rows("agg_activity") + " a group by a.owner_id, a.activity_type"), owners, from, to)
                .getResultList();
        for (Object[] row : rows) {
            long count = number(row[2]).longValue();
            if (count != 0) {
                result.computeIfAbsent((UUID) row[0], k -> new LinkedHashMap<>()).put((String) row[1], count);
            }
        }
        return result;
    }

    /** The owners whose rows make up a scope: the company's total row, the rep, or the team's reps. */
    private List<UUID> owners(OwnerScope scope) {
        return switch (scope.type()) {
            case COMPANY -> List.of(OwnerScope.COMPANY_ID);
            case REP -> List.of(scope.id());
            case TEAM -> {
                // Resolved first, so that the aggregate query is an index lookup per rep.
                ScopeFilter filter = ScopeFilter.of(scope, "r.rep_id");
                @SuppressWarnings("unchecked")
                List<UUID> reps = filter.bind(em.createNativeQuery(filter.with()
                        + "select r.rep_id from rm_rep r where " + filter.condition())).getResultList();
                yield reps;
            }
        };
    }

    /**
     * The rows of an aggregate ({@code agg_activity} or {@code agg_deal}) for the owners over
     * [from, to]: the daily rows of the days before and after the whole months, and the monthly rows
     * of the whole months. Each part is a plain range, so that even a generic plan of the prepared
     * statement reads only the rows it sums (a range with the months cut out as a filter would read
     * every day of the range and throw most away).
     */
    private static String rows(String aggregate) {
        return "(select * from " + aggregate + "_day where owner_id in (:owners) "
                + "and day between :from and :beforeMonths "
                + "union all select * from " + aggregate + "_day where owner_id in (:owners) "
                + "and day between :afterMonths and :to "
                + "union all select * from " + aggregate + "_month where owner_id in (:owners) "
                + "and day between :wholeFrom and :wholeTo)";
    }

    private static Query inRange(Query query, Collection<UUID> owners, LocalDate from, LocalDate to) {
        WholeMonths months = WholeMonths.within(from, to);
        return query.setParameter("owners", owners).setParameter("from", from).setParameter("to", to)
                .setParameter("beforeMonths", months.from().minusDays(1))
                .setParameter("afterMonths", months.to().plusDays(1))
                .setParameter("wholeFrom", months.from()).setParameter("wholeTo", months.to());
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
