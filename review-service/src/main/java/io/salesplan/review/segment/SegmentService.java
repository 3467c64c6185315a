package io.salesplan.review.segment;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Which customer segments convert: the segment report, and the tallies a retrospective's snapshot reads. */
@ApplicationScoped
public class SegmentService {

    private final Access access;
    private final SegmentQueries query;
    private final String currency;

    public SegmentService(Access access, SegmentQueries query, PlatformConfig config) {
        this.access = access;
        this.query = query;
        this.currency = config.currency();
    }

    /** The report for the caller: a 403 when the owner is outside their scope. */
    @Transactional
    public SegmentView report(OwnerScope owner, Dimension dimension, ReportWindow window, int minDeals) {
        OwnerAccess.require(access.grant(Operation.REPORTS), owner, "ownerType", "ownerId");
        List<SegmentTally> tallies = tallies(owner, dimension, window);
        SegmentCalculator.Extremes extremes = SegmentCalculator.extremes(tallies, minDeals);
        return new SegmentView(dimension.key(), window.from(), window.to(), window.asOf(), minDeals, currency,
                SegmentCalculator.rows(tallies), extremes.best() == null ? null : extremes.best().segment(),
                extremes.worst() == null ? null : extremes.worst().segment());
    }

    /** Any owner's tallies. No access check: for callers that made their own (a retrospective's snapshot). */
    @Transactional
    public List<SegmentTally> tallies(OwnerScope owner, Dimension dimension, ReportWindow window) {
        return query.tallies(owner, dimension, window);
    }
}
