package io.salesplan.review.opportunity;

import io.salesplan.review.aggregate.DealContribution.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An opportunity's latest state; its business dates are in {@code salesplan.time-zone}. */
@Entity
@Table(name = "rm_opportunity")
public class Opportunity {

    @Id
    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(name = "pipeline_id")
    public UUID pipelineId;

    /** The stage it was created in: where its way through the funnel starts. */
    @Column(name = "initial_stage", length = 100)
    public String initialStage;

    @Column(length = 100)
    public String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Outcome status;

    @Column(precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_date", nullable = false)
    public LocalDate createdDate;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_date")
    public LocalDate closedDate;

    /** When the owner expects it to close; null when not set. */
    @Column(name = "expected_close_date")
    public LocalDate expectedCloseDate;

    /** The profile its account had when it was created (pipeline-service's accountProfile); each may be null. */
    @Column(length = 100)
    public String industry;

    @Column(length = 100)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public AccountSize size;

    /** Why it was lost, while it is LOST. */
    @Column(name = "lost_reason_code", length = 64)
    public String lostReasonCode;

    /** PIPELINE, BEST_CASE or COMMIT while open, CLOSED or OMITTED once closed; null when the events had none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", length = 10)
    public ForecastCategory forecastCategory;

    /** The stage it was in while it was last open (its current one while open). */
    @Column(name = "open_stage", length = 100)
    public String openStage;

    /** The forecast category it had while it was last open. */
    @Enumerated(EnumType.STRING)
    @Column(name = "open_forecast_category", length = 10)
    public ForecastCategory openForecastCategory;

    @Column(nullable = false)
    public long version;
}
