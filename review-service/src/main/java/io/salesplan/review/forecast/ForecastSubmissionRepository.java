package io.salesplan.review.forecast;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salesplan.platform.page.Keyset;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ForecastSubmissionRepository implements PanacheRepositoryBase<ForecastSubmission, UUID> {

    /** Filters of the list; null matches everything. An owner type without an id is the company. */
    public record Filter(OwnerType ownerType, UUID ownerId, String period) {
    }

    /** The team and rep owners a caller covers; company calls are in no one's but an admin's. */
    public record Scopes(Set<UUID> teamIds, Set<UUID> repIds) {
    }

    /**
     * Up to {@code rows} calls, newest first (submission time, then id), after {@code after}. Only calls
     * about owners in the given scopes, or about anyone when {@code scopes} is null.
     */
    public List<ForecastSubmission> page(Filter filter, Scopes scopes, Keyset.Position<OffsetDateTime> after,
            int rows) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (scopes != null) {
            List<String> covered = new ArrayList<>();
            if (!scopes.teamIds().isEmpty()) {
                covered.add("(ownerType = :teamOwner and ownerId in :scopeTeams)");
                params.and("teamOwner", OwnerType.TEAM).and("scopeTeams", scopes.teamIds());
            }
            if (!scopes.repIds().isEmpty()) {
                covered.add("(ownerType = :repOwner and ownerId in :scopeReps)");
                params.and("repOwner", OwnerType.REP).and("scopeReps", scopes.repIds());
            }
            where.add(covered.isEmpty() ? "false = true" : "(" + String.join(" or ", covered) + ")");
        }
        if (filter.ownerType() != null) {
            where.add("ownerType = :ownerType");
            params.and("ownerType", filter.ownerType());
            if (filter.ownerId() == null) {
                where.add("ownerId is null");
            } else {
                where.add("ownerId = :ownerId");
                params.and("ownerId", filter.ownerId());
            }
        }
        if (filter.period() != null) {
            where.add("period = :period");
            params.and("period", filter.period());
        }
        if (after != null) {
            where.add(after.condition("submittedAt", "id", Keyset.Direction.DESCENDING));
            after.parameters().forEach(params::and);
        }
        String query = where.isEmpty() ? "true = true" : String.join(" and ", where);
        return find(query, Sort.descending("submittedAt", "id"), params).range(0, rows - 1).list();
    }

    /**
     * Those of the given calls that are superseded: a later call for the same owner and period was
     * submitted in the same ISO week (the latest of a week counts).
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> superseded(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createNativeQuery("select s.id from forecast_submission s "
                + "where s.id in (:ids) and exists (select 1 from forecast_submission l where l.owner_type = s.owner_type "
                + "and l.owner_id is not distinct from s.owner_id and l.period = s.period "
                + "and l.submitted_week = s.submitted_week and (l.submitted_at, l.id) > (s.submitted_at, s.id))")
                .setParameter("ids", ids).getResultList());
    }

    /** The calls of an owner for a period that count: the latest of each ISO week, oldest first. */
    public List<ForecastSubmission> counted(OwnerType ownerType, UUID ownerId, String period) {
        List<ForecastSubmission> all = ownerId == null
                ? list("ownerType = ?1 and ownerId is null and period = ?2", Sort.by("submittedAt").and("id"),
                        ownerType, period)
                : list("ownerType = ?1 and ownerId = ?2 and period = ?3", Sort.by("submittedAt").and("id"),
                        ownerType, ownerId, period);
        List<ForecastSubmission> latest = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i == all.size() - 1 || !all.get(i + 1).submittedWeek.equals(all.get(i).submittedWeek)) {
                latest.add(all.get(i));
            }
        }
        return latest;
    }
}
