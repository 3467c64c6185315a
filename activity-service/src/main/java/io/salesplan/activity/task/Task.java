package io.salesplan.activity.task;

import io.salesplan.activity.activity.ActivityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something a rep has to do by a time; completing it logs the activity it stands for. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ActivityType type;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(length = 10_000)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public TaskStatus status;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "activity_id")
    public UUID activityId;

    /** Set by the reminder job when it claims the due-soon reminder; never cleared. */
    @Column(name = "due_soon_sent_at")
    public OffsetDateTime dueSoonSentAt;

    /** Set by the reminder job when it claims the overdue reminder; never cleared. */
    @Column(name = "overdue_sent_at")
    public OffsetDateTime overdueSentAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The token subject of the request that created it. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The token subject of the request that changed it last (the creator until then). */
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
