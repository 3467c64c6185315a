package io.salesplan.pipeline.org;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A team as goals-service announced it; teams nest through {@code parentTeamId}. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public UUID id;

    public String name;

    public UUID parentTeamId;

    /** The rep who runs the team, or null; a manager's scope starts at the teams they run. */
    public UUID managerId;

    /** The version of the latest goals-service state applied. */
    public long version;
}
