package io.salesplan.review.segment;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The segment tallies of an owner's cohort: the opportunities created in the window, grouped by one part
 * of the profile their account had when each was created, counted as of asOf.
 */
@ApplicationScoped
public class SegmentQueries {

    private static final String WON = "o.status = 'WON' and o.closed_date <= :asOf";

    private final EntityManager em;

    public SegmentQueries(EntityManager em) {
        this.em = em;
    }

    public List<SegmentTally> tallies(OwnerScope owner, Dimension dimension, ReportWindow window) {
        ScopeFilter deals = ScopeFilter.of(owner, "o.owner_id");
        String segment = "o." + dimension.key();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = deals.bind(em.createNativeQuery(deals.with() + "select " + segment + ", count(*), "
                        + "count(*) filter (where " + WON + "), "
                        + "count(*) filter (where o.status = 'LOST' and o.closed_date <= :asOf), "
                        + "coalesce(sum(o.amount) filter (where " + WON + "), 0), "
                        + "coalesce(sum(greatest(o.closed_date - o.created_date, 0)) filter (where " + WON + "), 0) "
                        + "from rm_opportunity o where o.created_date between :from and :to and " + deals.condition()
                        + " group by 1"))
                .setParameter("asOf", window.asOf())
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .getResultList();
        Map<String, Long> activities = activitiesOnWon(owner, segment, window);
        List<SegmentTally> tallies = new ArrayList<>();
        for (Object[] row : rows) {
            String value = (String) row[0];
            tallies.add(new SegmentTally(value, count(row[1]), count(row[2]), count(row[3]), (BigDecimal) row[4],
                    count(row[5]), activities.getOrDefault(value, 0L)));
        }
        return tallies;
    }

    /**
     * Activities of the owner's reps, up to asOf, logged on the cohort's won deals, per segment. Reading
     * the activities by their owner keeps this an index read for a team or a rep.
     */
    private Map<String, Long> activitiesOnWon(OwnerScope owner, String segment, ReportWindow window) {
        ScopeFilter deals = ScopeFilter.of(owner, "o.owner_id");
        ScopeFilter loggers = ScopeFilter.of(owner, "a.owner_id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = deals.bind(em.createNativeQuery(deals.with() + "select " + segment + ", count(*) "
                        + "from rm_activity a join rm_opportunity o on o.opportunity_id = a.opportunity_id "
                        + "where not a.deleted and a.occurred_date <= :asOf and " + loggers.condition()
                        + " and o.created_date between :from and :to and " + WON + " and " + deals.condition()
                        + " group by 1"))
                .setParameter("asOf", window.asOf())
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .getResultList();
        Map<String, Long> bySegment = new HashMap<>();
        for (Object[] row : rows) {
            bySegment.put((String) row[0], count(row[1]));
        }
        return bySegment;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
