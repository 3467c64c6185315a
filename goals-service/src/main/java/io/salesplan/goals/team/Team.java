package io.salesplan.goals.team;

import io.salesplan.platform.page.Keyset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A sales team; teams nest through their parent. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "parent_team_id")
    public UUID parentTeamId;

    /** The rep record of the person who manages the team; their scope is this team and all below it. */
    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** For Hibernate. */
    protected Team() {
    }

    public Team(String name, UUID parentTeamId, UUID managerId) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.parentTeamId = parentTeamId;
        this.managerId = managerId;
        this.createdAt = Keyset.now();
    }

    public Keyset.Position<Instant> position() {
        return new Keyset.Position<>(createdAt, id);
    }
}
