package io.salesplan.review.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A team as goals-service last described it, with the rep who manages it (null when nobody does). */
@Entity
@Table(name = "rm_team")
public class Team {

    @Id
    @Column(name = "team_id")
    public UUID teamId;

    @Column(length = 500)
    public String name;

    @Column(name = "parent_team_id")
    public UUID parentTeamId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(nullable = false)
    public long version;
}
