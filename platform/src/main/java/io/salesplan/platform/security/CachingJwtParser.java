package io.salesplan.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser every request goes through: SmallRye JWT's own, verifying each token once
 * and then answering from {@link VerifiedTokens} until the token expires. A front end sends the
 * same token for many requests; parsing it and checking its RS256 signature was about 7 % of the
 * CPU of a single {@code POST /api/v1/activities} (BENCHMARKS.md). A token that fails verification
 * is never kept, so every rejected token is checked again, with the same 401.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    /** Distinct live tokens kept; a few kilobytes each. */
    static final int CAPACITY = 1_000;

    private final VerifiedTokens verified = new VerifiedTokens(CAPACITY, System::currentTimeMillis);

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken parsed = super.parse(token);
        verified.put(token, parsed);
        return parsed;
    }
}
