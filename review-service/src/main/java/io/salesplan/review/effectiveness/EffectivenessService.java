package io.salesplan.review.effectiveness;

import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.aggregate.Actuals;
import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Activity effectiveness: per type, the activities of a window (from the activity aggregates, as variance's
 * ACTIVITIES actual reads them) and the distinct deals they touched with those deals' latest state (from the
 * touch rows).
 */
@ApplicationScoped
public class EffectivenessService {

    private final Access access;
    private final Actuals actuals;
    private final EffectivenessQueries queries;

    public EffectivenessService(Access access, Actuals actuals, EffectivenessQueries queries) {
        this.access = access;
        this.actuals = actuals;
        this.queries = queries;
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
        Map<String, Long> activities = actuals.activitiesByType(owner, window.from(), window.until());
        Map<String, EffectivenessQueries.Touched> touched = queries.touchedByType(owner, window);
        List<TypeEffectiveness> types = new ArrayList<>();
        for (ActivityType type : ActivityType.values()) {
            EffectivenessQueries.Touched deals = touched.getOrDefault(type.name(), EffectivenessQueries.Touched.NONE);
            types.add(EffectivenessCalculator.of(type.name(), activities.getOrDefault(type.name(), 0L),
                    deals.opportunities(), deals.won(), deals.lost()));
        }
        return new EffectivenessView(window.from(), window.to(), window.asOf(), types);
    }
}
