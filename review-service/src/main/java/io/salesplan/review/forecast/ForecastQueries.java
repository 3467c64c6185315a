package io.salesplan.review.forecast;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The owner's deals open on asOf (created by then, not closed by then) with an expected close date in the
 * period, summed per pipeline, stage and forecast category. A deal closed after asOf counts with the stage
 * and category it had while it was last open; a deal whose events carried no category counts as PIPELINE.
 */
@ApplicationScoped
public class ForecastQueries {

    public record Group(UUID pipelineId, String stage, String category, BigDecimal amount) {
    }

    private final EntityManager em;

    public ForecastQueries(EntityManager em) {
        this.em = em;
    }

    public List<Group> openInPeriod(OwnerScope owner, SalesPeriod period, LocalDate asOf) {
        ScopeFilter filter = ScopeFilter.of(owner, "o.owner_id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(filter.with() + "select o.pipeline_id, o.open_stage, "
                        + "coalesce(o.open_forecast_category, 'PIPELINE'), coalesce(sum(o.amount), 0) "
                        + "from rm_opportunity o where o.created_date <= :asOf "
                        + "and (o.status = 'OPEN' or o.closed_date > :asOf) "
                        + "and o.expected_close_date between :start and :end and " + filter.condition()
                        + " group by 1, 2, 3"))
                .setParameter("asOf", asOf)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
        return rows.stream().map(row -> new Group((UUID) row[0], (String) row[1], (String) row[2],
                (BigDecimal) row[3])).toList();
    }
}
