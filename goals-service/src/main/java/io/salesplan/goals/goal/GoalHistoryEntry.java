package io.salesplan.goals.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
    private Long id;

    @Column(name = "goal_id", nullable = false)
    private UUID goalId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 255)
    private String actor;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "from_value", length = 100)
    private String from;

    @Column(name = "to_value", length = 100)
    private String to;

    @Column(length = 4000)
    private String reason;

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

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String field() {
        return field;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
