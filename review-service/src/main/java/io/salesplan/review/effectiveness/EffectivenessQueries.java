package io.salesplan.review.effectiveness;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The activities of a window joined to the latest state of the deals they touched, counted per activity type. */
@ApplicationScoped
public class EffectivenessQueries {

    /** One activity type's counts: activities, deals touched, and of those won and lost by asOf. */
    public record TypeCounts(String type, long activities, long opportunities, long won, long lost) {
    }

    private final EntityManager em;

    public EffectivenessQueries(EntityManager em) {
        this.em = em;
    }

    /** The types with at least one activity in the window. */
    public List<TypeCounts> byType(OwnerScope owner, ReportWindow window) {
        ScopeFilter filter = ScopeFilter.of(owner, "a.owner_id");
        String sql = filter.with() + "select a.type, count(*), count(distinct a.opportunity_id), "
                + "count(distinct case when o.status = 'WON' and o.closed_date <= :asOf then o.opportunity_id end), "
                + "count(distinct case when o.status = 'LOST' and o.closed_date <= :asOf then o.opportunity_id end) "
                + "from rm_activity a left join rm_opportunity o on o.opportunity_id = a.opportunity_id "
                + "where not a.deleted and a.occurred_date between :from and :to and " + filter.condition()
                + " group by a.type";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("asOf", window.asOf())
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .getResultList();
        return rows.stream().map(row -> new TypeCounts((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                count(row[4]))).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
