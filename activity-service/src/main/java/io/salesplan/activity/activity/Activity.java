package io.salesplan.activity.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A logged call, visit, demo, e-mail or meeting. New rows are written in bulk by
 * {@link ActivityRepository#insertNew}; Hibernate reads, changes and deletes them.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ActivityType type;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(length = 500)
    public String outcome;

    @Column(length = 10_000)
    public String notes;

    @Column(length = 100)
    public String source;

    @Column(name = "external_id", length = 200)
    public String externalId;

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
