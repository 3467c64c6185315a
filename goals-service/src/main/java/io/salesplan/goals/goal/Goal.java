package io.salesplan.goals.goal;

import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.period.SalesPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An objective, key result or KPI of one owner for one period. */
@Entity
@Table(name = "goal")
public class Goal {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 4000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public GoalType type;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 20)
    public OwnerType ownerType;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(nullable = false, length = 10)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Metric metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", length = 20)
    public ActivityType activityType;

    @Column(name = "target_value", precision = 19, scale = 4)
    public BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public GoalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public GoalOrigin origin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by", nullable = false, length = 255)
    public String createdBy;

    @Column(name = "updated_by", nullable = false, length = 255)
    public String updatedBy;

    /** Changes of this transaction not yet attributed and recorded ({@link #attributeTo}). */
    @Transient
    private final List<GoalChange> unrecorded = new ArrayList<>();

    @Transient
    private boolean changed;

    @Version
    public long version;

    /** For Hibernate. */
    protected Goal() {
    }

    /** A new active goal; direction follows from the metric; {@code createdBy} is the token subject of whoever made it. */
    public Goal(String title, String description, GoalType type, UUID parentId, OwnerType ownerType, UUID ownerId,
            SalesPeriod period, Metric metric, ActivityType activityType, BigDecimal targetValue, GoalOrigin origin,
            String createdBy) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.title = title;
        this.description = description;
        this.type = type;
        this.parentId = parentId;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.period = period.key();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.metric = metric;
        this.activityType = activityType;
        this.targetValue = targetValue;
        this.direction = metric == null ? null : metric.direction();
        this.status = GoalStatus.ACTIVE;
        this.origin = origin;
        this.createdAt = Keyset.now();
        this.updatedAt = createdAt;
        this.changed = true;
        if (targetValue != null) {
            unrecorded.add(new GoalChange(GoalField.targetValue, null, GoalChange.text(targetValue), GoalChange.CREATED));
        }
        unrecorded.add(new GoalChange(GoalField.period, null, this.period, GoalChange.CREATED));
        unrecorded.add(new GoalChange(GoalField.status, null, status.name(), GoalChange.CREATED));
    }

    /** A child of this goal for another owner or period, measuring the same thing. */
    public Goal child(String title, OwnerType ownerType, UUID ownerId, SalesPeriod period, BigDecimal target,
            GoalOrigin origin, String createdBy) {
        return new Goal(title, description, type, id, ownerType, ownerId, period, metric, activityType, target, origin,
                createdBy);
    }

    public void retitle(String title) {
        if (!title.equals(this.title)) {
            this.title = title;
            touch();
        }
    }

    public void describe(String description) {
        if (!Objects.equals(description, this.description)) {
            this.description = description;
            touch();
        }
    }

    /** A new target; {@code reason} says why for the goal's history (null for a plain edit). */
    public void retarget(BigDecimal targetValue, String reason) {
        if (this.targetValue == null || this.targetValue.compareTo(targetValue) != 0) {
            unrecorded.add(new GoalChange(GoalField.targetValue, GoalChange.text(this.targetValue), GoalChange.text(targetValue),
                    reason));
            this.targetValue = targetValue;
            touch();
        }
    }

    public void archive(String reason) {
        if (status != GoalStatus.ARCHIVED) {
            unrecorded.add(new GoalChange(GoalField.status, status.name(), GoalStatus.ARCHIVED.name(), reason));
            this.status = GoalStatus.ARCHIVED;
            touch();
        }
    }

    private void touch() {
        this.updatedAt = Instant.now();
        this.changed = true;
    }

    /** Whether anything changed since the goal was loaded or last attributed. */
    public boolean changed() {
        return changed;
    }

    /**
     * Names who made this transaction's changes and hands over the changes of target, period and
     * status for the goal's history.
     */
    public List<GoalChange> attributeTo(String actor) {
        updatedBy = actor;
        changed = false;
        List<GoalChange> changes = List.copyOf(unrecorded);
        unrecorded.clear();
        return changes;
    }

    public boolean active() {
        return status == GoalStatus.ACTIVE;
    }

    public SalesPeriod salesPeriod() {
        return SalesPeriod.parse(period);
    }

    /** The target at the metric's precision (10000000.00 for money, 34 for a count). */
    public BigDecimal presentedTarget() {
        return metric == null ? targetValue : metric.present(targetValue);
    }

    public Keyset.Position<Instant> position() {
        return new Keyset.Position<>(createdAt, id);
    }
}
