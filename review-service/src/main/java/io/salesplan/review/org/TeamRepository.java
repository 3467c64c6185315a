package io.salesplan.review.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** The team and all its sub-teams, as the org is now. */
    public Set<UUID> subtree(UUID teamId) {
        // only the filter's team tree is used, not its condition on an owner column
        ScopeFilter filter = ScopeFilter.of(new OwnerScope(OwnerType.TEAM, teamId), "");
        @SuppressWarnings("unchecked")
        List<UUID> teams = filter.bind(getEntityManager().createNativeQuery(filter.with()
                + "select s.team_id from subtree s")).getResultList();
        return Set.copyOf(teams);
    }
}
