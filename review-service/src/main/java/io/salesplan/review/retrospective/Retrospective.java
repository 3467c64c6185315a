package io.salesplan.review.retrospective;

import io.salesplan.review.scope.OwnerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A retrospective; the snapshot, findings, causes and actions are JSON documents. */
@Entity
@Table(name = "retrospective")
public class Retrospective {

    @Id
    @Column(name = "retrospective_id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Cadence cadence;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 10)
    public OwnerType scopeType;

    @Column(name = "scope_id")
    public UUID scopeId;

    @Column(nullable = false, length = 10)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RetrospectiveStatus status;

    @Column(nullable = false, columnDefinition = "text")
    public String snapshot;

    @Column(nullable = false, columnDefinition = "text")
    public String findings;

    @Column(columnDefinition = "text")
    public String notes;

    @Column(nullable = false, columnDefinition = "text")
    public String causes;

    @Column(nullable = false, columnDefinition = "text")
    public String actions;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The token subject of whoever created it. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The token subject of whoever last changed or closed it. */
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
