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
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

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

    public void rename(String name) {
        this.name = name;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    public void moveTo(UUID teamId) {
        this.teamId = teamId;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public UUID teamId() {
        return teamId;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public Keyset.Position<Instant> position() {
        return new Keyset.Position<>(createdAt, id);
    }
}
