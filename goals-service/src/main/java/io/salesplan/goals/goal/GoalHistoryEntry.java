package io.salesplan.goals.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of a goal's history: who changed its target, period or status, when, from what to what, and why. */
@Entity
@Table(name = "goal_history")
public class GoalHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 255)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public GoalField field;

    @Column(name = "from_value", length = 100)
    public String from;

    @Column(name = "to_value", length = 100)
    public String to;

    @Column(length = 4000)
    public String reason;

    /** For Hibernate. */
    protected GoalHistoryEntry() {
    }

    public GoalHistoryEntry(UUID goalId, Instant at, String actor, GoalChange change) {
        this.goalId = goalId;
        this.at = at;
        this.actor = actor;
        this.field = change.field();
        this.from = change.from();
        this.to = change.to();
        this.reason = change.reason();
    }
}
