package io.salesplan.review.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A rep and the team they belong to now; team reports count a rep's numbers where the rep is now. */
@Entity
@Table(name = "rm_rep")
public class Rep {

    @Id
    @Column(name = "rep_id")
    public UUID repId;

    @Column(length = 500)
    public String name;

    /** Matched (case-insensitively) to a token's e-mail to find the caller's scope. */
    @Column(length = 320)
    public String email;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;
}
