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
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "parent_team_id")
    private UUID parentTeamId;

    /** The rep record of the person who manages the team; their scope is this team and all below it. */
    @Column(name = "manager_id")
    private UUID managerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, UUID parentTeamId, UUID managerId) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.parentTeamId = parentTeamId;
        this.managerId = managerId;
        this.createdAt = Keyset.now();
    }

    public void rename(String name) {
        this.name = name;
    }

    public void moveUnder(UUID parentTeamId) {
        this.parentTeamId = parentTeamId;
    }

    public void managedBy(UUID managerId) {
        this.managerId = managerId;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID parentTeamId() {
        return parentTeamId;
    }

    public UUID managerId() {
        return managerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Keyset.Position<Instant> position() {
        return new Keyset.Position<>(createdAt, id);
    }
}
