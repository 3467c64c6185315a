package io.salesplan.review.lostreason;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/**
 * The owner's deals lost in a window (by closing day), grouped by code and by the stage each left for
 * LOST — the source of its latest move into a LOST stage.
 */
@ApplicationScoped
public class LostReasonQueries {

    /** byStage's key for a deal created directly as lost, which left no open stage. */
    static final String UNKNOWN_STAGE = "UNKNOWN";

    private final EntityManager em;

    public LostReasonQueries(EntityManager em) {
        this.em = em;
    }

    public List<LossTally> tallies(OwnerScope owner, ReportWindow window) {
        ScopeFilter filter = ScopeFilter.of(owner, "o.owner_id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(filter.with() + "select "
                        + "coalesce(o.lost_reason_code, 'OTHER'), coalesce(m.from_stage, '" + UNKNOWN_STAGE + "'), "
                        + "count(*), coalesce(sum(o.amount), 0) from rm_opportunity o "
                        + "left join lateral (select from_stage from rm_stage_move s where s.opportunity_id = "
                        + "o.opportunity_id and s.to_kind = 'LOST' order by s.version desc limit 1) m on true "
                        + "where o.status = 'LOST' and o.closed_date between :from and :to and " + filter.condition()
                        + " group by 1, 2"))
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .getResultList();
        return rows.stream().map(row -> new LossTally((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                (BigDecimal) row[3])).toList();
    }
}
