package io.salesplan.goals.adjustment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A target change a closed retrospective proposed for a goal. */
@Entity
@Table(name = "plan_adjustment")
public class PlanAdjustment {

    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(name = "retrospective_id")
    public UUID retrospectiveId;

    @Column(name = "new_target_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal newTargetValue;

    @Column(length = 4000)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public AdjustmentStatus status;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_by", nullable = false, length = 255)
    public String createdBy;

    @Column(name = "updated_by", nullable = false, length = 255)
    public String updatedBy;

    @Version
    public long version;

    /** For Hibernate. */
    protected PlanAdjustment() {
    }

    public PlanAdjustment(UUID id, UUID goalId, UUID retrospectiveId, BigDecimal newTargetValue, String reason,
            Instant proposedAt, String proposedBy) {
        this.createdBy = proposedBy;
        this.updatedBy = proposedBy;
        this.id = id;
        this.goalId = goalId;
        this.retrospectiveId = retrospectiveId;
        this.newTargetValue = newTargetValue;
        this.reason = reason;
        this.status = AdjustmentStatus.PENDING;
        this.proposedAt = proposedAt;
    }

    public void decide(AdjustmentStatus decision, String decidedBy) {
        this.updatedBy = decidedBy;
        this.status = decision;
        this.decidedAt = Instant.now();
    }
}
