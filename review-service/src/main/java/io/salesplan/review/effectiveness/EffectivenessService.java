package io.salesplan.review.effectiveness;

import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
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

/** Activity effectiveness: the activities of a window joined to the latest state of the deals they touched. */
@ApplicationScoped
public class EffectivenessService {

    static final List<String> TYPES = List.of("CALL", "VISIT", "DEMO", "EMAIL", "MEETING", "OTHER");

    private final Access access;
    private final EntityManager em;

    public EffectivenessService(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    /** {@link #ofOwner} for the caller: a 403 when the owner is outside their scope. */
    @Transactional
    public EffectivenessView effectiveness(OwnerScope owner, ReportWindow window) {
        OwnerAccess.require(access.grant(Operation.REPORTS), owner, "ownerType", "ownerId");
        return ofOwner(owner, window);
    }

    /** Any owner's effectiveness. No access check: for callers that made their own (a retrospective's snapshot). */
    @Transactional
    public EffectivenessView ofOwner(OwnerScope owner, ReportWindow window) {
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
        Map<String, TypeEffectiveness> byType = new LinkedHashMap<>();
        TYPES.forEach(type -> byType.put(type, EffectivenessCalculator.of(type, 0, 0, 0, 0)));
        for (Object[] row : rows) {
            String type = (String) row[0];
            byType.put(type, EffectivenessCalculator.of(type, count(row[1]), count(row[2]), count(row[3]),
                    count(row[4])));
        }
        return new EffectivenessView(window.from(), window.to(), window.asOf(), new ArrayList<>(byType.values()));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
