package io.salesplan.review.retrospective;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.review.goal.Goal;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** A retrospective's scope in the org as it is now: whether it exists and which goals it owns. */
@ApplicationScoped
public class RetrospectiveScopes {

    private final TeamRepository teams;
    private final RepRepository reps;

    public RetrospectiveScopes(TeamRepository teams, RepRepository reps) {
        this.teams = teams;
        this.reps = reps;
    }

    /** A 422 naming {@code scopeId} when the scope's rep or team is unknown. */
    public void requireExists(OwnerScope scope) {
        if (scope.type() == OwnerType.REP && reps.findByIdOptional(scope.id()).isEmpty()) {
            throw ApiException.unknownReference("scopeId", "rep " + scope.id() + " does not exist");
        }
        if (scope.type() == OwnerType.TEAM && teams.findByIdOptional(scope.id()).isEmpty()) {
            throw ApiException.unknownReference("scopeId", "team " + scope.id() + " does not exist");
        }
    }

    /**
     * The goals owned within a scope, as the org is now: any goal for the company, the rep's own for a
     * rep, and for a team those of the team, its sub-teams and their reps.
     */
    public Predicate<Goal> ownedWithin(OwnerScope scope) {
        return switch (scope.type()) {
            case COMPANY -> goal -> true;
            case REP -> goal -> goal.ownerType == OwnerType.REP && scope.id().equals(goal.ownerId);
            case TEAM -> {
                Set<UUID> teamTree = teams.subtree(scope.id());
                Set<UUID> members = Set.copyOf(reps.ofTeamTree(scope.id()));
                yield goal -> goal.ownerType == OwnerType.TEAM ? teamTree.contains(goal.ownerId)
                        : goal.ownerType == OwnerType.REP && members.contains(goal.ownerId);
            }
        };
    }
}
