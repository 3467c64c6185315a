package io.salesplan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request and what they may do. Services ask {@link #grant} at the start
 * of every operation with the row of their role matrix; the scope is read once per request.
 */
@RequestScoped
public class Access {

    private final SecurityIdentity identity;
    private final ScopeResolver resolver;
    private final String emailClaim;
    private Caller caller;
    private Optional<Scope> scope;

    public Access(SecurityIdentity identity, ScopeResolver resolver, PlatformConfig config) {
        this.identity = identity;
        this.resolver = resolver;
        this.emailClaim = config.security().emailClaim();
    }

    /** The verified caller; a 401 when the request carries no valid token. */
    public Caller caller() {
        if (caller == null) {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                throw ApiException.unauthenticated("Send a bearer token: Authorization: Bearer <JWT>");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            identity.getRoles().forEach(value -> Role.fromClaim(value).ifPresent(roles::add));
            Object email = token.getClaim(emailClaim);
            caller = new Caller(Actors.subjectOf(identity), email == null ? null : email.toString(), Set.copyOf(roles));
        }
        return caller;
    }

    /** The caller's place in the organisation, when their e-mail matches an active rep. */
    public Optional<Scope> scope() {
        if (scope == null) {
            scope = resolver.scopeOf(caller().email());
        }
        return scope;
    }

    /**
     * What the caller may touch for this operation.
     *
     * @throws ApiException 403 when none of the caller's roles may do it, or when a manager or rep
     *         token names no active rep
     */
    public Grant grant(Permission permission) {
        Caller who = caller();
        Reach reach = who.reach(permission);
        if (reach == Reach.NONE) {
            throw ApiException.forbidden("Your role" + (who.roles().size() == 1 ? "" : "s") + " "
                    + (who.roles().isEmpty() ? "(none this service knows)" : describe(who.roles()))
                    + " may not " + permission.action());
        }
        Scope own = who.actsForOrganisation() ? null : requirePerson();
        return reach == Reach.ALL ? new Grant(Reach.ALL, own) : new Grant(reach, own == null ? requirePerson() : own);
    }

    private Scope requirePerson() {
        return scope().orElseThrow(() -> ApiException.forbidden("No active rep has the e-mail of your token ("
                + (caller().email() == null ? "the token has no e-mail" : "it may not have reached this service yet")
                + "); ask an admin to add you as a rep"));
    }

    private static String describe(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::claimValue).sorted().toList());
    }
}
