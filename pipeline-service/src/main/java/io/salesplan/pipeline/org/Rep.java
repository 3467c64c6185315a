package io.salesplan.pipeline.org;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A sales rep as goals-service announced it; written only by {@link OrgHandler} and {@link OrgDirectory}. */
@Entity
@Table(name = "rep")
public class Rep {

    @Id
    public UUID id;

    public String name;

    public String email;

    public UUID teamId;

    public boolean active;

    /** The version of the latest goals-service state applied. */
    public long version;
}
