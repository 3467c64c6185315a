package io.salesplan.platform.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says: the subject ({@code sub}, recorded as
 * {@code createdBy}/{@code updatedBy} and as the events' {@code actor}), the e-mail that links a
 * person to a rep record, and the roles this product knows.
 */
public record Caller(String subject, String email, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Admins and integrations act for the whole organisation and need no rep record. */
    public boolean actsForOrganisation() {
        return has(Role.ADMIN) || has(Role.INTEGRATION);
    }

    /** The widest reach any of the caller's roles has for the operation. */
    public Reach reach(Permission permission) {
        Reach widest = Reach.NONE;
        for (Role role : roles) {
            widest = widest.widest(permission.reach(role));
        }
        return widest;
    }
}
