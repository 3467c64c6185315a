package io.salesplan.review.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    private static final Sort ORDER = Sort.by("periodStart").and("periodEnd").and("title").and("goalId");

    /** Active (not archived) direct children of a goal. */
    public List<Goal> children(UUID parentId) {
        return list("parentId = ?1 and status <> ?2", ORDER, parentId, GoalState.ARCHIVED);
    }

    /** Active goals of an owner for exactly the given period. */
    public List<Goal> ofOwner(OwnerScope owner, String period) {
        if (owner.id() == null) {
            return list("ownerType = ?1 and ownerId is null and period = ?2 and status <> ?3", ORDER,
                    owner.type(), period, GoalState.ARCHIVED);
        }
        return list("ownerType = ?1 and ownerId = ?2 and period = ?3 and status <> ?4", ORDER,
                owner.type(), owner.id(), period, GoalState.ARCHIVED);
    }

    /** Active goals of an owner whose period contains the date. */
    public List<Goal> ofOwnerCovering(OwnerScope owner, LocalDate date) {
        if (owner.id() == null) {
            return list("ownerType = ?1 and ownerId is null and periodStart <= ?2 and periodEnd >= ?2 and status <> ?3",
                    ORDER, owner.type(), date, GoalState.ARCHIVED);
        }
        return list("ownerType = ?1 and ownerId = ?2 and periodStart <= ?3 and periodEnd >= ?3 and status <> ?4",
                ORDER, owner.type(), owner.id(), date, GoalState.ARCHIVED);
    }
}
