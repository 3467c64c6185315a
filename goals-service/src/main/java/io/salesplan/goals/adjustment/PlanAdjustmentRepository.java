package io.salesplan.goals.adjustment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanAdjustmentRepository implements PanacheRepositoryBase<PlanAdjustment, UUID> {

    public List<PlanAdjustment> ofGoal(UUID goalId, AdjustmentStatus status) {
        return status == null
                ? find("goalId = ?1 order by proposedAt, id", goalId).list()
                : find("goalId = ?1 and status = ?2 order by proposedAt, id", goalId, status).list();
    }
}
