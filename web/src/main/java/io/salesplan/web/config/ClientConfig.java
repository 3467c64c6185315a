package io.salesplan.web.config;

/**
 * What the page is told: {@code signIn} is {@code local} (the "sign in as" page), {@code oidc}
 * (authorization code with PKCE at {@code oidc}) or {@code none} (nothing configured: the page says so).
 * Nothing secret: a public client has no secret.
 */
public record ClientConfig(String signIn, OidcClient oidc) {

    public record OidcClient(String issuer, String authorizationEndpoint, String tokenEndpoint,
            String endSessionEndpoint, String clientId, String scope, String audience) {
    }

    static ClientConfig from(WebConfig config) {
        WebConfig.Oidc oidc = config.oidc();
        OidcClient client = null;
        if (oidc.clientId().isPresent() && oidc.authorizationEndpoint().isPresent() && oidc.tokenEndpoint().isPresent()) {
            client = new OidcClient(oidc.issuer().orElse(null), oidc.authorizationEndpoint().get(),
                    oidc.tokenEndpoint().get(), oidc.endSessionEndpoint().orElse(null), oidc.clientId().get(),
                    oidc.scope(), oidc.audience().orElse(null));
        }
        String signIn = config.localSigningKey().isPresent() ? "local" : client != null ? "oidc" : "none";
        return new ClientConfig(signIn, client);
    }
}
