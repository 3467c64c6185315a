package io.salesplan.goals.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GoalHistoryRepository implements PanacheRepositoryBase<GoalHistoryEntry, Long> {

    /** A goal's history, oldest first. */
    public List<GoalHistoryEntry> of(UUID goalId) {
        return find("goalId = ?1 order by id", goalId).list();
    }
}
