package io.salesplan.goals.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.goals.common.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Up to {@code rows} goals in list order. */
    public List<Goal> list(Filter filter, Keyset.Position after, int rows) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = Keyset.params();
        conditions.add("status = :status");
        params.put("status", filter.status());
        add(conditions, params, "type", filter.type());
        add(conditions, params, "ownerType", filter.ownerType());
        add(conditions, params, "ownerId", filter.ownerId());
        add(conditions, params, "period", filter.period());
        add(conditions, params, "metric", filter.metric());
        add(conditions, params, "parentId", filter.parentId());
        Keyset.restrict(after, conditions, params);
        return find(Keyset.where(conditions) + Keyset.ORDER, params).range(0, rows - 1).list();
    }

    private static void add(List<String> conditions, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            params.put(field, value);
        }
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
