package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
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
 * Reads the daily aggregates for an owner scope: a rep's own rows, the company's total rows, or
 * the rows of every rep in a team and all its sub-teams (as the org is now).
 */
@ApplicationScoped
public class Actuals {

    private final EntityManager em;

    public Actuals(EntityManager em) {
        this.em = em;
    }

    public DealTotals deals(OwnerScope scope, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return DealTotals.NONE;
        }
        Query query = scoped("select coalesce(sum(a.created), 0), coalesce(sum(a.won), 0), "
                + "coalesce(sum(a.won_amount), 0), coalesce(sum(a.won_cycle_days), 0), coalesce(sum(a.lost), 0) "
                + "from agg_deal_day a where a.day between :from and :to and ", scope, "");
        Object[] row = (Object[]) query.setParameter("from", from).setParameter("to", to).getSingleResult();
        return new DealTotals(number(row[0]).longValue(), number(row[1]).longValue(), decimal(row[2]),
                number(row[3]).longValue(), number(row[4]).longValue());
    }

    /** Activities per type in the range; every type is absent or positive. */
    public Map<String, Long> activitiesByType(OwnerScope scope, LocalDate from, LocalDate to) {
        Map<String, Long> result = new LinkedHashMap<>();
        if (to.isBefore(from)) {
            return result;
        }
        Query query = scoped("select a.activity_type, coalesce(sum(a.activities), 0) from agg_activity_day a "
                + "where a.day between :from and :to and ", scope, " group by a.activity_type");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            long count = number(row[1]).longValue();
            if (count != 0) {
                result.put((String) row[0], count);
            }
        }
        return result;
    }

    public long activities(OwnerScope scope, LocalDate from, LocalDate to, String type) {
        Map<String, Long> byType = activitiesByType(scope, from, to);
        if (type != null) {
            return byType.getOrDefault(type, 0L);
        }
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Deal totals of several reps over the same range, in one query. */
    public Map<UUID, DealTotals> dealsByRep(Collection<UUID> reps, LocalDate from, LocalDate to) {
        Map<UUID, DealTotals> result = new HashMap<>();
        if (reps.isEmpty() || to.isBefore(from)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.owner_id, sum(a.created), sum(a.won), sum(a.won_amount), "
                + "sum(a.won_cycle_days), sum(a.lost) from agg_deal_day a where a.owner_id in (:reps) "
                + "and a.day between :from and :to group by a.owner_id")
                .setParameter("reps", reps).setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new DealTotals(number(row[1]).longValue(), number(row[2]).longValue(),
                    decimal(row[3]), number(row[4]).longValue(), number(row[5]).longValue()));
        }
        return result;
    }

    /** Activities per type of several reps over the same range, in one query. */
    public Map<UUID, Map<String, Long>> activitiesByRep(Collection<UUID> reps, LocalDate from, LocalDate to) {
        Map<UUID, Map<String, Long>> result = new HashMap<>();
        if (reps.isEmpty() || to.isBefore(from)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.owner_id, a.activity_type, sum(a.activities) "
                + "from agg_activity_day a where a.owner_id in (:reps) and a.day between :from and :to "
                + "group by a.owner_id, a.activity_type")
                .setParameter("reps", reps).setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            long count = number(row[2]).longValue();
            if (count != 0) {
                result.computeIfAbsent((UUID) row[0], k -> new LinkedHashMap<>()).put((String) row[1], count);
            }
        }
        return result;
    }

    private Query scoped(String select, OwnerScope scope, String tail) {
        if (scope.type() == OwnerType.COMPANY) {
            return em.createNativeQuery(select + "a.owner_id = :company" + tail)
                    .setParameter("company", OwnerScope.COMPANY_ID);
        }
        ScopeFilter filter = ScopeFilter.of(scope, "a.owner_id");
        return filter.bind(em.createNativeQuery(filter.with() + select + filter.condition() + tail));
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
