package io.salesplan.activity.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    /** The task, locked until the transaction ends, so completions and reminder claims take turns. */
    public Optional<Task> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * One page, soonest due first, after the cursor's position (if any).
     *
     * @param owners only these owners' tasks; null for every owner
     */
    public List<Task> page(TaskFilter filter, Set<UUID> owners, OffsetDateTime now,
            Keyset.Position<OffsetDateTime> after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (owners != null) {
            where.append(" and ownerId in :owners");
            params.and("owners", owners);
        }
        if (filter.ownerId() != null) {
            where.append(" and ownerId = :ownerId");
            params.and("ownerId", filter.ownerId());
        }
        if (filter.status() == TaskStatusFilter.OPEN) {
            where.append(" and status = :open");
            params.and("open", TaskStatus.OPEN);
        } else if (filter.status() == TaskStatusFilter.DONE) {
            where.append(" and status = :done");
            params.and("done", TaskStatus.DONE);
        } else if (filter.status() == TaskStatusFilter.OVERDUE) {
            where.append(" and status = :open and dueAt <= :now");
            params.and("open", TaskStatus.OPEN).and("now", now);
        }
        if (filter.dueBefore() != null) {
            where.append(" and dueAt < :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        if (after != null) {
            where.append(" and ").append(after.condition("dueAt", "id", Keyset.Direction.ASCENDING));
            after.parameters().forEach(params::and);
        }
        return find(where.toString(), Sort.ascending("dueAt", "id"), params).range(0, limit - 1).list();
    }

    /** A rep's open tasks due in [from, to), soonest first, at most {@code limit}. */
    public List<Task> openDueBetween(UUID ownerId, OffsetDateTime from, OffsetDateTime to, int limit) {
        return find("ownerId = :ownerId and status = :open and dueAt >= :from and dueAt < :to",
                Sort.ascending("dueAt", "id"),
                Parameters.with("ownerId", ownerId).and("open", TaskStatus.OPEN).and("from", from).and("to", to))
                .range(0, limit - 1).list();
    }

    /** A rep's open tasks due before {@code before}, oldest first, at most {@code limit}. */
    public List<Task> openDueBefore(UUID ownerId, OffsetDateTime before, int limit) {
        return find("ownerId = :ownerId and status = :open and dueAt < :before", Sort.ascending("dueAt", "id"),
                Parameters.with("ownerId", ownerId).and("open", TaskStatus.OPEN).and("before", before))
                .range(0, limit - 1).list();
    }
}
