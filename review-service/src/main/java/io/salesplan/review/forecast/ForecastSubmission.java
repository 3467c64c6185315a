package io.salesplan.review.forecast;

import io.salesplan.review.scope.OwnerType;
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

/** A forecast call: what an owner expects to win in a period, as someone submitted it at a time. */
@Entity
@Table(name = "forecast_submission")
public class ForecastSubmission {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 10)
    public OwnerType ownerType;

    /** Null for the company. */
    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(nullable = false, length = 10)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(length = 2000)
    public String note;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** The token subject of whoever submitted it. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The ISO week of submittedAt in the business time zone (2026-W20): the latest call of a week counts. */
    @Column(name = "submitted_week", nullable = false, length = 8)
    public String submittedWeek;
}
