package io.salesplan.review.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, UUID> {

    /*
     * Open on asOf, by business date over the latest known state: created by then and either still
     * open or closed only after it (a deal won later was open that day). Amount and expected close
     * date are the latest known; a deal without an amount counts with 0.
     */
    private static final String OPEN_PIPELINE = "select "
            + "coalesce(sum(case when o.expected_close_date between :from and :to then o.amount end), 0), "
            + "count(case when o.expected_close_date between :from and :to then 1 end), "
            + "coalesce(sum(case when o.expected_close_date < :asOf then o.amount end), 0), "
            + "count(case when o.expected_close_date < :asOf then 1 end) "
            + "from rm_opportunity o where o.created_date <= :asOf "
            + "and (o.status = 'OPEN' or o.closed_date > :asOf) and o.expected_close_date is not null and ";

    /**
     * The scope's pipeline open on {@code asOf}: the part expected to close from {@code from} to
     * {@code to} (both included; nothing when {@code to} is before {@code from}) and the part whose
     * expected close date is before {@code asOf}.
     */
    public OpenPipeline openPipeline(OwnerScope scope, LocalDate asOf, LocalDate from, LocalDate to) {
        ScopeFilter filter = ScopeFilter.of(scope, "o.owner_id");
        Object[] row = (Object[]) filter.bind(getEntityManager().createNativeQuery(filter.with() + OPEN_PIPELINE
                + filter.condition()))
                .setParameter("asOf", asOf).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new OpenPipeline((BigDecimal) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2],
                ((Number) row[3]).longValue());
    }
}
