package io.salesplan.review.effectiveness;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deals the scope's activities touched in a window, counted per activity type from the touch rows
 * ({@code agg_touch_day}: one per rep, day, type and opportunity with live activities), joined to the deals'
 * latest state.
 */
@ApplicationScoped
public class EffectivenessQueries {

    /** One activity type's distinct deals touched, and of those won and lost by asOf. */
    public record Touched(long opportunities, long won, long lost) {

        public static final Touched NONE = new Touched(0, 0, 0);
    }

    private final EntityManager em;

    public EffectivenessQueries(EntityManager em) {
        this.em = em;
    }

    /** The types with at least one touched deal in the window. */
    public Map<String, Touched> touchedByType(OwnerScope owner, ReportWindow window) {
        ScopeFilter filter = ScopeFilter.of(owner, "t.owner_id");
        String sql = filter.with() + "select t.activity_type, count(distinct t.opportunity_id), "
                + "count(distinct case when o.status = 'WON' and o.closed_date <= :asOf then o.opportunity_id end), "
                + "count(distinct case when o.status = 'LOST' and o.closed_date <= :asOf then o.opportunity_id end) "
                + "from agg_touch_day t left join rm_opportunity o on o.opportunity_id = t.opportunity_id "
                + "where t.day between :from and :to and " + filter.condition() + " group by t.activity_type";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("asOf", window.asOf())
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .getResultList();
        Map<String, Touched> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put((String) row[0], new Touched(count(row[1]), count(row[2]), count(row[3])));
        }
        return result;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
