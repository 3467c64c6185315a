package io.salesplan.review.retrospective;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salesplan.platform.page.Keyset;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RetrospectiveRepository implements PanacheRepositoryBase<Retrospective, UUID> {

    /** Filters of the list; a null filter matches everything, {@code companyScope} means scopeId is null. */
    public record Filter(OwnerType scopeType, UUID scopeId, Cadence cadence, String period) {
    }

    /** The team and rep scopes a caller covers; company retrospectives are in no one's but an admin's. */
    public record Scopes(Set<UUID> teamIds, Set<UUID> repIds) {
    }

    /**
     * Up to {@code rows} retrospectives, oldest first (creation time, then id), after {@code after}. Only
     * retrospectives of the given scopes, or of any scope when {@code scopes} is null.
     */
    public List<Retrospective> page(Filter filter, Scopes scopes, Keyset.Position<OffsetDateTime> after, int rows) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (scopes != null) {
            List<String> covered = new ArrayList<>();
            if (!scopes.teamIds().isEmpty()) {
                covered.add("(scopeType = :teamScope and scopeId in :scopeTeams)");
                params.and("teamScope", OwnerType.TEAM).and("scopeTeams", scopes.teamIds());
            }
            if (!scopes.repIds().isEmpty()) {
                covered.add("(scopeType = :repScope and scopeId in :scopeReps)");
                params.and("repScope", OwnerType.REP).and("scopeReps", scopes.repIds());
            }
            where.add(covered.isEmpty() ? "false = true" : "(" + String.join(" or ", covered) + ")");
        }
        if (filter.scopeType() != null) {
            where.add("scopeType = :scopeType");
            params.and("scopeType", filter.scopeType());
        }
        if (filter.scopeId() != null) {
            where.add("scopeId = :scopeId");
            params.and("scopeId", filter.scopeId());
        }
        if (filter.cadence() != null) {
            where.add("cadence = :cadence");
            params.and("cadence", filter.cadence());
        }
        if (filter.period() != null) {
            where.add("period = :period");
            params.and("period", filter.period());
        }
        if (after != null) {
            where.add(after.condition("createdAt", "id", Keyset.Direction.ASCENDING));
            after.parameters().forEach(params::and);
        }
        String query = where.isEmpty() ? "true = true" : String.join(" and ", where);
        return find(query, Sort.by("createdAt").and("id"), params).range(0, rows - 1).list();
    }
}
