package io.salesplan.pipeline.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    /** The profile: free-text industry and region, and a size class; each may be null. */
    @Column(length = 100)
    public String industry;

    @Column(length = 100)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public CustomerSize size;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
