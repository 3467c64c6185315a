package io.salesplan.review.effectiveness;

import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Activity effectiveness: the activities of a window joined to the latest state of the deals they touched. */
@ApplicationScoped
public class EffectivenessService {

    private final Access access;
    private final EffectivenessQueries queries;

    public EffectivenessService(Access access, EffectivenessQueries queries) {
        this.access = access;
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
        Map<String, TypeEffectiveness> byType = new LinkedHashMap<>();
        for (ActivityType type : ActivityType.values()) {
            byType.put(type.name(), EffectivenessCalculator.of(type.name(), 0, 0, 0, 0));
        }
        for (EffectivenessQueries.TypeCounts row : queries.byType(owner, window)) {
            byType.put(row.type(), EffectivenessCalculator.of(row.type(), row.activities(), row.opportunities(),
                    row.won(), row.lost()));
        }
        return new EffectivenessView(window.from(), window.to(), window.asOf(), new ArrayList<>(byType.values()));
    }
}
