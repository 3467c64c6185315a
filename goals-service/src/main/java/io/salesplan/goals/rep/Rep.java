package io.salesplan.goals.rep;

import io.salesplan.platform.page.Keyset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A sales representative, member of one team. */
@Entity
@Table(name = "rep")
public class Rep {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 320)
    public String email;

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** For Hibernate. */
    protected Rep() {
    }

    public Rep(String name, String email, UUID teamId, boolean active) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.email = email;
        this.teamId = teamId;
        this.active = active;
        this.createdAt = Keyset.now();
    }

    public Keyset.Position<Instant> position() {
        return new Keyset.Position<>(createdAt, id);
    }
}
