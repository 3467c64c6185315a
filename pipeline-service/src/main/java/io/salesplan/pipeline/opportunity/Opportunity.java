package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.account.CustomerSize;
import io.salesplan.pipeline.account.Profile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public UUID ownerId;

    @Column(nullable = false)
    public UUID pipelineId;

    @Column(nullable = false, length = 64)
    public String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public OpportunityStatus status;

    /** The probability of the current stage, kept in step when the pipeline's stages change. */
    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal probability;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    public LocalDate expectedCloseDate;

    @Column(length = 100)
    public String source;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant closedAt;

    /** One of the pipeline's lost-reason codes while the deal is LOST; null otherwise. */
    @Column(length = 64)
    public String lostReasonCode;

    /** Free-text detail of the loss, while the deal is LOST. */
    @Column(length = 1000)
    public String lostReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ForecastCategory forecastCategory;

    /** The profile its account had when the opportunity was created or moved to another account. */
    @Column(length = 100)
    public String accountIndustry;

    @Column(length = 100)
    public String accountRegion;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public CustomerSize accountSize;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The token subject of the request that created it. */
    @Column(nullable = false)
    public String createdBy;

    /** The token subject of the request that last changed or moved it. */
    @Column(nullable = false)
    public String updatedBy;

    @Version
    public long version;

    public Profile accountProfile() {
        return new Profile(accountIndustry, accountRegion, accountSize);
    }

    void takeProfile(Profile profile) {
        accountIndustry = profile.industry();
        accountRegion = profile.region();
        accountSize = profile.size();
    }
}
