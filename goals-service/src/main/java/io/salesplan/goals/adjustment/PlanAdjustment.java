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
    private UUID id;

    @Column(name = "goal_id", nullable = false)
    private UUID goalId;

    @Column(name = "retrospective_id")
    private UUID retrospectiveId;

    @Column(name = "new_target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal newTargetValue;

    @Column(length = 4000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AdjustmentStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_by", nullable = false, length = 255)
    private String createdBy;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Version
    private long version;

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

    public UUID id() {
        return id;
    }

    public UUID goalId() {
        return goalId;
    }

    public UUID retrospectiveId() {
        return retrospectiveId;
    }

    public BigDecimal newTargetValue() {
        return newTargetValue;
    }

    public String reason() {
        return reason;
    }

    public AdjustmentStatus status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
