package io.salesplan.platform.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * No HTTP/2 over plain HTTP ({@code h2c}): browsers never speak it, the ingress speaks HTTP/1.1 to
 * the pods, and {@link RequestLimits} reads bodies on the event loop, which an HTTP/2 request cannot
 * take (Java's HTTP client asks for the upgrade and its POSTs failed with a 500). HTTP/2 over TLS stays on.
 */
@ApplicationScoped
public class NoCleartextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
