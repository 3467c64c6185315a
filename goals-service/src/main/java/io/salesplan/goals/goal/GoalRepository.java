package io.salesplan.goals.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    /** The filters of the goal list; null means "any". */
    public record Filter(GoalType type, OwnerType ownerType, UUID ownerId, String period, Metric metric, UUID parentId,
            GoalStatus status) {

        /** A stable text for the filters, which binds a cursor to its query. */
        public String key() {
            return "goals|" + type + "|" + ownerType + "|" + ownerId + "|" + period + "|" + metric + "|" + parentId
                    + "|" + status;
        }
    }

    /**
     * The goals a caller may see besides the company's: those owned by these teams and reps, and
     * these goals above them.
     */
    public record Visible(Set<UUID> owners, Set<UUID> goalIds) {

        public boolean contains(Goal goal) {
            return goal.ownerType == OwnerType.COMPANY || owners.contains(goal.ownerId)
                    || goalIds.contains(goal.id);
        }
    }

    // union (not union all) stops at a goal already seen
    private static final String ANCESTORS = """
            with recursive up(id) as (
                select g.parent_id from goal g where g.owner_id in (:owners) and g.parent_id is not null
                union
                select g.parent_id from goal g join up on g.id = up.id where g.parent_id is not null)
            select id from up""";

    /** Up to {@code rows} goals in list order; {@code visible} null for a caller who sees all. */
    public List<Goal> list(Filter filter, Visible visible, Keyset.Position<Instant> after, int rows) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (visible != null) {
            conditions.add("(ownerType = :company or ownerId in :visibleOwners"
                    + (visible.goalIds().isEmpty() ? "" : " or id in :visibleGoals") + ")");
            params.put("company", OwnerType.COMPANY);
            params.put("visibleOwners", visible.owners());
            if (!visible.goalIds().isEmpty()) {
                params.put("visibleGoals", visible.goalIds());
            }
        }
        conditions.add("status = :status");
        params.put("status", filter.status());
        add(conditions, params, "type", filter.type());
        add(conditions, params, "ownerType", filter.ownerType());
        add(conditions, params, "ownerId", filter.ownerId());
        add(conditions, params, "period", filter.period());
        add(conditions, params, "metric", filter.metric());
        add(conditions, params, "parentId", filter.parentId());
        if (after != null) {
            conditions.add(after.condition("createdAt", "id", Keyset.Direction.ASCENDING));
            params.putAll(after.parameters());
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        return find(where + " order by createdAt, id", params).range(0, rows - 1).list();
    }

    private static void add(List<String> conditions, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            params.put(field, value);
        }
    }

    /** Every goal above the goals these teams and reps own (at any depth), not counting those goals themselves. */
    @SuppressWarnings("unchecked")
    public Set<UUID> ancestorsOfGoalsOwnedBy(Set<UUID> owners) {
        if (owners.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createNativeQuery(ANCESTORS, UUID.class)
                .setParameter("owners", owners).getResultList());
    }

    /** The children of some goals, optionally only active ones, in list order. */
    public List<Goal> childrenOf(Collection<UUID> parentIds, boolean activeOnly) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return find("parentId in ?1" + (activeOnly ? " and status = ?2" : "") + " order by createdAt, id",
                activeOnly ? new Object[] {parentIds, GoalStatus.ACTIVE} : new Object[] {parentIds}).list();
    }

    /** The active children of a goal that a given process created. */
    public List<Goal> activeChildren(UUID parentId, GoalOrigin origin) {
        return find("parentId = ?1 and status = ?2 and origin = ?3 order by createdAt, id", parentId,
                GoalStatus.ACTIVE, origin).list();
    }
}
