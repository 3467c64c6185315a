package io.salesplan.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of DESIGN.md §5, as the identity provider puts them in the token's role claim. Any other
 * value in that claim grants nothing.
 */
public enum Role {
    ADMIN, MANAGER, REP, INTEGRATION;

    /** The role a claim value names ({@code admin}, {@code Manager} …), or empty for a value we do not know. */
    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The name as it appears in tokens and in {@code GET /api/v1/me}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
