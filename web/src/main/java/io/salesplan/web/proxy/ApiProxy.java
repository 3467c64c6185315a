package io.salesplan.web.proxy;

import io.salesplan.web.config.WebConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Locally, forwards {@code /api/v1/*} to the service that owns the path ({@link ApiRoutes}), as the
 * ingress does in a cluster: the request and the answer stream through unchanged, Authorization header
 * included, so the browser sees one origin and no CORS is needed. Without any service URL configured
 * (a cluster) it answers every API path with 404, as the ingress has already routed them elsewhere.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** RFC 9110 §7.6.1: a proxy does not forward these; Host names the service instead. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Map<Upstream, URI> targets = new EnumMap<>(Upstream.class);
    private final HttpClient client;
    private final long timeoutMillis;

    public ApiProxy(Vertx vertx, WebConfig config) {
        config.goalsUrl().ifPresent(u -> targets.put(Upstream.GOALS, u));
        config.pipelineUrl().ifPresent(u -> targets.put(Upstream.PIPELINE, u));
        config.activityUrl().ifPresent(u -> targets.put(Upstream.ACTIVITY, u));
        config.reviewUrl().ifPresent(u -> targets.put(Upstream.REVIEW, u));
        this.timeoutMillis = config.proxyTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000).setMaxPoolSize(32));
    }

    /** The URL of a service, when the proxy knows it. */
    public Optional<URI> target(Upstream upstream) {
        return Optional.ofNullable(targets.get(upstream));
    }

    void register(@Observes Router router) {
        router.route("/api/*").handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest in = context.request();
        Optional<Upstream> upstream = ApiRoutes.route(in.path());
        URI base = upstream.map(targets::get).orElse(null);
        if (base == null) {
            problem(context.response(), 404, "Not Found", "No service answers " + in.path() + " here.");
            return;
        }
        in.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80)
                .setSsl("https".equals(base.getScheme()))
                .setURI(stripTrailingSlash(base.getRawPath()) + in.uri())
                .setIdleTimeout(timeoutMillis);
        boolean sameOrigin = sameOrigin(in);
        in.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !(sameOrigin && name.equals("origin"))) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        String service = upstream.get().service();
        boolean hasBody = in.getHeader("Content-Length") != null || in.getHeader("Transfer-Encoding") != null;
        client.request(options)
                // a request without a body goes on without one (piping it would make it a chunked empty body)
                .compose(out -> {
                    if (hasBody) {
                        return out.send(in);
                    }
                    in.resume();
                    return out.send();
                })
                .onSuccess(answer -> relay(answer, context.response()))
                .onFailure(failure -> {
                    LOG.debugf(failure, "%s %s: %s did not answer", in.method(), in.path(), service);
                    in.resume();
                    if (!context.response().headWritten()) {
                        problem(context.response(), 502, "Bad Gateway",
                                service + " at " + base + " did not answer: " + failure.getMessage());
                    } else {
                        context.response().reset();
                    }
                });
    }

    /**
     * Whether the page calling is the cockpit itself. Its Origin is then dropped: to the services the
     * call comes from the proxy, not from a browser origin they would check against their CORS list
     * (and refuse, with an empty 403, since the cockpit's origin is not on it). Calls from other origins
     * keep their Origin and get the services' own CORS answer.
     */
    private static boolean sameOrigin(HttpServerRequest in) {
        String origin = in.getHeader("Origin");
        String host = in.getHeader("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            return host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void relay(HttpClientResponse answer, HttpServerResponse response) {
        response.setStatusCode(answer.statusCode());
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(header.getKey(), header.getValue());
            }
        });
        if (!answer.headers().contains("Content-Length")) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static void problem(HttpServerResponse response, int status, String title, String detail) {
        String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "https://salesplan.io/problems/" + slug).put("title", title)
                        .put("status", status).put("detail", detail).encode());
    }

    private static String stripTrailingSlash(String path) {
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
