package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.pipeline.org.OrgDirectory;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Which opportunities the caller reaches: those owned by the reps in their grant's scope. */
@ApplicationScoped
public class OpportunityScope {

    private final Access access;
    private final OrgDirectory org;

    public OpportunityScope(Access access, OrgDirectory org) {
        this.access = access;
        this.org = org;
    }

    /**
     * Whose opportunities a list or funnel may count for the caller: only owners in their scope.
     *
     * @throws ApiException 403 when the owner or team filter names someone outside the caller's scope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Owners owners(UUID ownerId, UUID teamId) {
        Grant grant = access.grant(Operation.OPPORTUNITIES);
        if (ownerId != null) {
            grant.requireRep("ownerId", ownerId);
        }
        if (teamId != null) {
            grant.requireTeam("teamId", teamId);
        }
        return new Owners(ownerId, teamId == null ? null : org.teamWithSubTeams(teamId), grant.repIds().orElse(null));
    }

    /** The opportunity when it exists and its owner is within the grant; otherwise a 404 that reveals nothing. */
    static Opportunity visible(Grant grant, Optional<Opportunity> found, UUID id) {
        return found.filter(o -> grant.coversRep(o.ownerId))
                .orElseThrow(() -> ApiException.notFound("Opportunity", id));
    }
}
