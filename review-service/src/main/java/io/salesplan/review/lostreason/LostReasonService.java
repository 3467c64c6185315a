package io.salesplan.review.lostreason;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** Why deals are lost, per reason code. */
@ApplicationScoped
public class LostReasonService {

    private final Access access;
    private final LostReasonQueries query;
    private final String currency;

    public LostReasonService(Access access, LostReasonQueries query, PlatformConfig config) {
        this.access = access;
        this.query = query;
        this.currency = config.currency();
    }

    /** {@link #ofOwner} for the caller: a 403 when the owner is outside their scope. */
    @Transactional
    public LostReasonView report(OwnerScope owner, ReportWindow window) {
        OwnerAccess.require(access.grant(Operation.REPORTS), owner, "ownerType", "ownerId");
        return ofOwner(owner, window);
    }

    /** Any owner's report. No access check: for callers that made their own (a retrospective's snapshot). */
    @Transactional
    public LostReasonView ofOwner(OwnerScope owner, ReportWindow window) {
        List<LossTally> tallies = query.tallies(owner, window);
        List<LostReasonRow> rows = LostReasonCalculator.rows(tallies);
        return new LostReasonView(window.from(), window.to(), window.asOf(), currency,
                rows.stream().mapToLong(LostReasonRow::count).sum(),
                rows.stream().map(LostReasonRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), rows);
    }
}
