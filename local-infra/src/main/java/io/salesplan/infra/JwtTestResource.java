package io.salesplan.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Makes a test JVM's services trust the test signing key: a key pair under {@code target/test-keys}
 * (made once), whose public half the service verifies with, as it would its identity provider's.
 * Tests mint their tokens with {@link #tokens()}.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    public static Tokens tokens() {
        return Tokens.in(Path.of(System.getProperty("java.io.tmpdir"), "test-keys"));
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", tokens().publicKey().toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "mp.jwt.verify.audiences", Tokens.AUDIENCE);
    }

    @Override
    public void stop() {
    }
}
