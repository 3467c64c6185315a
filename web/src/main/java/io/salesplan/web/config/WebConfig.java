package io.salesplan.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The cockpit's settings. In a cluster only the identity provider is set: the ingress routes
 * {@code /api/v1} to the services. Locally the four service URLs turn on the proxy and the signing key
 * turns on the "sign in as" page.
 */
@ConfigMapping(prefix = "salesplan.web")
public interface WebConfig {

    /** goals-service's base URL for the local proxy, e.g. http://127.0.0.1:8081; absent in a cluster. */
    Optional<URI> goalsUrl();

    Optional<URI> pipelineUrl();

    Optional<URI> activityUrl();

    Optional<URI> reviewUrl();

    /** How long the proxy waits for a service to start answering or to send more of its answer. */
    @WithDefault("PT30S")
    Duration proxyTimeout();

    /**
     * The local run's private key ({@code .run/keys/private.pem}). Only when it is set do the "sign in as"
     * page and {@code POST /local-sign-in} exist; never set it in a cluster.
     */
    Optional<Path> localSigningKey();

    Oidc oidc();

    /** The organisation's identity provider, the same issuer the services trust; the browser signs in with PKCE. */
    interface Oidc {

        Optional<String> issuer();

        Optional<String> authorizationEndpoint();

        Optional<String> tokenEndpoint();

        /** Where signing out ends the provider's session too; optional. */
        Optional<String> endSessionEndpoint();

        /** A public client (no secret) registered for the cockpit's URL as its redirect URI. */
        Optional<String> clientId();

        @WithDefault("openid profile email")
        String scope();

        /** Sent as the {@code audience} parameter where the provider needs it (Auth0) to issue an API token. */
        Optional<String> audience();
    }
}
