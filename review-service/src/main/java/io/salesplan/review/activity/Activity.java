package io.salesplan.review.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity's latest state; a deleted one stays as a tombstone. */
@Entity
@Table(name = "rm_activity")
public class Activity {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Column(nullable = false, length = 20)
    public String type;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "occurred_date", nullable = false)
    public LocalDate occurredDate;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(nullable = false)
    public boolean deleted;

    @Column(nullable = false)
    public long version;
}
