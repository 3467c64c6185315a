package io.salesplan.pipeline.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of an opportunity from a stage to another, at its business time. */
@Entity
@Table(name = "stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID opportunityId;

    @Column(nullable = false, length = 64)
    public String fromStage;

    @Column(nullable = false, length = 64)
    public String toStage;

    @Column(nullable = false)
    public Instant at;

    /** The token subject of the request that made the move. */
    @Column(nullable = false)
    public String movedBy;
}
