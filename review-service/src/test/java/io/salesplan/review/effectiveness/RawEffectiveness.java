package io.salesplan.review.effectiveness;

import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle: activity effectiveness as the report computed it before the touch rows, every activity of the
 * window joined to its deal (the query and the assembly of the former EffectivenessQueries/-Service).
 */
@ApplicationScoped
public class RawEffectiveness {

    private final EntityManager em;

    public RawEffectiveness(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public EffectivenessView ofOwner(OwnerScope owner, ReportWindow window) {
        Map<String, TypeEffectiveness> byType = new LinkedHashMap<>();
        for (ActivityType type : ActivityType.values()) {
            byType.put(type.name(), EffectivenessCalculator.of(type.name(), 0, 0, 0, 0));
        }
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
        for (Object[] row : rows) {
            byType.put((String) row[0], EffectivenessCalculator.of((String) row[0], count(row[1]), count(row[2]),
                    count(row[3]), count(row[4])));
        }
        return new EffectivenessView(window.from(), window.to(), window.asOf(), new ArrayList<>(byType.values()));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
