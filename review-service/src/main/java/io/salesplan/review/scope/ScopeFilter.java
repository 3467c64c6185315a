package io.salesplan.review.scope;

import jakarta.persistence.Query;

/**
 * Restricts a native query to an owner scope on one owner column: nothing for the company, the rep
 * for a rep, and every rep of the team and its sub-teams (as the org is now) for a team.
 */
public record ScopeFilter(String with, String condition, OwnerScope scope) {

    private static final String TEAM_TREE = "with recursive subtree(team_id) as (select cast(:team as uuid) "
            + "union select t.team_id from rm_team t join subtree s on t.parent_team_id = s.team_id) ";

    public static ScopeFilter of(OwnerScope scope, String ownerColumn) {
        return switch (scope.type()) {
            case COMPANY -> new ScopeFilter("", "true", scope);
            case REP -> new ScopeFilter("", ownerColumn + " = :owner", scope);
            case TEAM -> new ScopeFilter(TEAM_TREE, ownerColumn
                    + " in (select r.rep_id from rm_rep r join subtree s on r.team_id = s.team_id)", scope);
        };
    }

    public Query bind(Query query) {
        switch (scope.type()) {
            case REP -> query.setParameter("owner", scope.id());
            case TEAM -> query.setParameter("team", scope.id());
            case COMPANY -> {
                // no parameter
            }
        }
        return query;
    }
}
