package io.salesplan.review.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RepRepository implements PanacheRepositoryBase<Rep, UUID> {

    /** The reps of a team and all its sub-teams, as the org is now, ordered by id. */
    public List<UUID> ofTeamTree(UUID teamId) {
        ScopeFilter filter = ScopeFilter.of(new OwnerScope(OwnerType.TEAM, teamId), "r.rep_id");
        @SuppressWarnings("unchecked")
        List<UUID> reps = filter.bind(getEntityManager().createNativeQuery(filter.with()
                + "select r.rep_id from rm_rep r where " + filter.condition() + " order by r.rep_id")).getResultList();
        return reps;
    }
}
