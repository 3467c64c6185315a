package io.salesplan.web.signin;

import io.quarkus.runtime.Startup;
import io.salesplan.infra.Tokens;
import io.salesplan.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local run's signing key, when the web module is given one: it stands in for the identity
 * provider on a laptop. Read at start-up, so a wrong path stops the application instead of failing at
 * the first sign-in; it never makes a key of its own (the services would not trust it).
 */
@Startup
@ApplicationScoped
public class LocalSigner {

    private final Tokens tokens;

    public LocalSigner(WebConfig config) {
        Optional<Path> key = config.localSigningKey();
        if (key.isPresent() && !Files.isReadable(key.get())) {
            throw new IllegalStateException("salesplan.web.local-signing-key names " + key.get()
                    + ", which cannot be read: start the suite once with deploy/local/run to make the key");
        }
        this.tokens = key.map(Tokens::fromPrivateKey).orElse(null);
    }

    public boolean enabled() {
        return tokens != null;
    }

    /** A token as {@code deploy/local/token} prints it: 12 hours, the role, the e-mail for a manager or rep. */
    public String sign(String role, String email) {
        if (tokens == null) {
            throw new IllegalStateException("local sign-in is off");
        }
        return tokens.forRole(role, email);
    }
}
