package io.salesplan.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is acting right now: the subject of the current request's token, or nobody (null) for work
 * no request caused, such as event handling and scheduled jobs.
 */
@ApplicationScoped
public class Actors {

    private final CurrentIdentityAssociation identities;

    public Actors(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public String current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? null : subjectOf(identity);
    }

    /** The token's {@code sub}; a token without one is named by its principal name ({@code upn} …). */
    static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The bearer token of the current request, to forward on look-ups that ask another service on
     * the caller's behalf (so that service applies the caller's own roles and scope); null outside a
     * request.
     */
    public String currentToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity != null && identity.getPrincipal() instanceof JsonWebToken token ? token.getRawToken() : null;
    }

    /** The current actor, or {@code fallback} when no request is being served. */
    public String currentOr(String fallback) {
        String actor = current();
        return actor == null ? fallback : actor;
    }
}
