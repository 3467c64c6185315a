package io.salesplan.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature and claims were already verified, each kept until its own
 * {@code exp} (never longer), so a client's next requests with the same token skip the parse and
 * the RSA check. Only a token that passed verification is ever put here; a token without
 * {@code exp} is not kept. The map is bounded: when it is full, expired tokens are dropped, and if
 * that frees nothing, all of them (the next requests verify again).
 */
final class VerifiedTokens {

    private record Verified(JsonWebToken token, long expiresAtMillis) {
    }

    private final Map<String, Verified> byRawToken = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier clockMillis;

    VerifiedTokens(int capacity, LongSupplier clockMillis) {
        this.capacity = capacity;
        this.clockMillis = clockMillis;
    }

    /** The verified token for this raw text, or null when it was not verified or has expired since. */
    JsonWebToken get(String rawToken) {
        Verified verified = byRawToken.get(rawToken);
        if (verified == null) {
            return null;
        }
        if (clockMillis.getAsLong() >= verified.expiresAtMillis()) {
            byRawToken.remove(rawToken, verified);
            return null;
        }
        return verified.token();
    }

    /** Keeps a token that has just passed verification. */
    void put(String rawToken, JsonWebToken token) {
        if (!(token.getClaim(Claims.exp.name()) instanceof Number expiresAtSeconds)) {
            return;
        }
        long now = clockMillis.getAsLong();
        if (byRawToken.size() >= capacity) {
            byRawToken.values().removeIf(v -> now >= v.expiresAtMillis());
            if (byRawToken.size() >= capacity) {
                byRawToken.clear();
            }
        }
        byRawToken.put(rawToken, new Verified(token, expiresAtSeconds.longValue() * 1000));
    }

    int size() {
        return byRawToken.size();
    }
}
