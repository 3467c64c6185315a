package io.salesplan.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void aVerifiedTokenIsKeptUntilItsExpiryAndNotAMomentLonger() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        JsonWebToken jwt = expiringAt(now.get() / 1000 + 60);
        tokens.put("a", jwt);
        assertSame(jwt, tokens.get("a"));
        now.addAndGet(59_999);
        assertSame(jwt, tokens.get("a"));
        now.addAndGet(1);
        assertNull(tokens.get("a"), "at its exp the token must be verified again (and be refused)");
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenNeverPutIsUnknownAndOneWithoutExpiryIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        assertNull(tokens.get("never verified"));
        tokens.put("no exp", expiringAt(0));
        assertNull(tokens.get("no exp"));
    }

    @Test
    void whenFullExpiredTokensGoFirstThenEverything() {
        VerifiedTokens tokens = new VerifiedTokens(2, now::get);
        long in60s = now.get() / 1000 + 60;
        tokens.put("short", expiringAt(now.get() / 1000 + 1));
        tokens.put("long", expiringAt(in60s));
        now.addAndGet(1_000);
        tokens.put("third", expiringAt(in60s));
        assertEquals(2, tokens.size(), "the expired token made room");
        assertEquals(in60s, tokens.get("long").getExpirationTime());
        tokens.put("fourth", expiringAt(in60s));
        assertEquals(1, tokens.size(), "nothing had expired, so the map started again");
        assertNull(tokens.get("long"));
        assertEquals(in60s, tokens.get("fourth").getExpirationTime());
    }

    private static JsonWebToken expiringAt(long epochSeconds) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "rep@example.com";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) && epochSeconds > 0 ? (T) Long.valueOf(epochSeconds) : null;
            }
        };
    }
}
