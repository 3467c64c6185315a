package io.salesplan.review.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.salesplan.review.scope.OwnerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A goal as goals-service last described it. */
@Entity
@Table(name = "rm_goal")
public class Goal {

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    @Column(length = 1000)
    public String title;

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

    /** Null when the event named none or one this version does not know. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Metric metric;

    /** For an ACTIVITIES goal, the type it counts; null for all types. */
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", length = 20)
    public ActivityType activityType;

    /** At the producer's precision: goals-service keeps 4 decimals (a win rate of 0.2525). */
    @Column(name = "target_value", precision = 19, scale = 4)
    public BigDecimal targetValue;

    /** Null when the event named none: the metric's default direction applies. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public GoalState status;

    @Column(nullable = false)
    public long version;
}
