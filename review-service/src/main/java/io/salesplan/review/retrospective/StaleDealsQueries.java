package io.salesplan.review.retrospective;

import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The open deals of a scope that have gone quiet. */
@ApplicationScoped
public class StaleDealsQueries {

    private final EntityManager em;

    public StaleDealsQueries(EntityManager em) {
        this.em = em;
    }

    /** Open deals of the scope whose last activity (or creation, without any) is staleDays or more before asOf. */
    public List<StaleDeal> of(OwnerScope scope, LocalDate asOf, int staleDays) {
        ScopeFilter filter = ScopeFilter.of(scope, "o.owner_id");
        String sql = filter.with() + "select o.opportunity_id, o.owner_id, o.stage, o.amount, "
                + "greatest(o.created_date, coalesce(max(a.occurred_date), o.created_date)) as last_day "
                + "from rm_opportunity o left join rm_activity a on a.opportunity_id = o.opportunity_id "
                + "and not a.deleted and a.occurred_date <= :asOf "
                + "where o.status = 'OPEN' and o.created_date <= :asOf and " + filter.condition()
                + " group by o.opportunity_id, o.owner_id, o.stage, o.amount, o.created_date "
                + "having greatest(o.created_date, coalesce(max(a.occurred_date), o.created_date)) <= :cutoff "
                + "order by last_day, o.opportunity_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("asOf", asOf)
                .setParameter("cutoff", asOf.minusDays(staleDays))
                .getResultList();
        return rows.stream().map(row -> {
            LocalDate last = row[4] instanceof Date date ? date.toLocalDate() : (LocalDate) row[4];
            return new StaleDeal((UUID) row[0], (UUID) row[1], (String) row[2], (BigDecimal) row[3], last,
                    ChronoUnit.DAYS.between(last, asOf));
        }).toList();
    }
}
