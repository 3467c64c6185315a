package io.salesplan.review.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A goal as goals-service last described it. */
@Entity
@Table(name = "rm_goal")
public class Goal {

    public static final String ARCHIVED = "ARCHIVED";

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    @Column(length = 1000)
    public String title;

    @Column(nullable = false, length = 20)
    public String type;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "owner_type", nullable = false, length = 20)
    public String ownerType;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(nullable = false, length = 10)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(length = 40)
    public String metric;

    @Column(name = "activity_type", length = 20)
    public String activityType;

    /** At the producer's precision: goals-service keeps 4 decimals (a win rate of 0.2525). */
    @Column(name = "target_value", precision = 19, scale = 4)
    public BigDecimal targetValue;

    @Column(length = 10)
    public String direction;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(nullable = false)
    public long version;
}
