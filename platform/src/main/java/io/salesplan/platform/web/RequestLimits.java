package io.salesplan.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.problem.ProblemMappers;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the work a request can cause before it reaches an endpoint, and answers each refusal as an
 * RFC 9457 problem (Quarkus answers the same limits with an empty body, or closes the connection
 * under a client that sends a body over the limit).
 *
 * <ul>
 * <li>A target longer than {@code salesplan.http.max-uri-length} is a 414, headers over
 * {@code salesplan.http.max-header-size} a 431.</li>
 * <li>A body over {@code quarkus.http.limits.max-body-size} is a 413: at once when its declared
 * length says so, else as soon as that many bytes arrived.</li>
 * <li>A body is read here, on the event loop, before the endpoint's worker thread is taken; one still
 * incomplete {@code salesplan.http.body-timeout} after the headers is a 408. A slow client therefore
 * holds a connection, never a worker thread: RESTEasy Reactive would read it on the worker.</li>
 * <li>Bodies held at once are capped at a quarter of the heap; past it a request is a 503 with
 * {@code Retry-After}, rather than the replica running out of memory.</li>
 * </ul>
 *
 * <p>After a refusal the connection is closed, but only once the client had a moment to read the
 * answer: what it still sends meanwhile is read and dropped, since closing a socket with unread data
 * resets the connection, and the client loses the answer it was sent.
 */
@ApplicationScoped
public class RequestLimits {

    /** Just before Quarkus' own body-size check ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}). */
    private static final int ORDER = -3;
    private static final long LINGER_MS = 2_000;

    private final ObjectMapper json;
    private final PlatformConfig.HttpSettings settings;
    private final long maxBodySize;
    private final long bufferBudget = Runtime.getRuntime().maxMemory() / 4;
    private final AtomicLong buffered = new AtomicLong();

    public RequestLimits(ObjectMapper json, PlatformConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.json = json;
        this.settings = config.http();
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String target = request.uri();
        if (target.length() > settings.maxUriLength()) {
            refuse(context, 414, "uri-too-long", "URI too long", "The request target has " + target.length()
                    + " characters; at most " + settings.maxUriLength() + " are accepted");
            return;
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > settings.maxHeaderSize()) {
            refuse(context, 431, "headers-too-large", "Request headers too large", "The request headers have "
                    + headerBytes + " bytes; at most " + settings.maxHeaderSize() + " are accepted");
            return;
        }
        Long declared = declaredLength(request);
        if (declared != null && declared > maxBodySize) {
            refuse(context, 413, "payload-too-large", "Payload too large", "The body has " + declared
                    + " bytes; at most " + maxBodySize + " are accepted");
            return;
        }
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
        // An HTTP/2 request (over TLS; cleartext HTTP/2 is off, see NoCleartextHttp2) cannot be paused once
        // read, which RESTEasy Reactive does: its body is left to the framework and its flow control.
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1 && ((declared != null && declared > 0) || chunked)) {
            readBody(context, declared);
        } else {
            context.next();
        }
    }

    /** Reads the whole body into the routing context, where RESTEasy Reactive takes it from. */
    private void readBody(RoutingContext context, Long declared) {
        HttpServerRequest request = context.request();
        // grows with what arrives: a declared length alone reserves no memory
        Buffer body = Buffer.buffer((int) Math.min(declared == null ? 0 : declared, 64 * 1024));
        AtomicLong held = new AtomicLong();
        context.addEndHandler(done -> buffered.addAndGet(-held.getAndSet(0)));
        long timer = context.vertx().setTimer(settings.bodyTimeout().toMillis(), id -> refuse(context, 408,
                "request-timeout", "Request timeout", "The body did not arrive within " + settings.bodyTimeout().toMillis()
                        + " ms of the headers; send it again, faster"));
        request.handler(chunk -> {
            if (body.length() + chunk.length() > maxBodySize) {
                context.vertx().cancelTimer(timer);
                refuse(context, 413, "payload-too-large", "Payload too large", "The body is longer than "
                        + maxBodySize + " bytes; at most " + maxBodySize + " are accepted");
                return;
            }
            held.addAndGet(chunk.length());
            if (buffered.addAndGet(chunk.length()) > bufferBudget) {
                context.vertx().cancelTimer(timer);
                context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
                refuse(context, 503, "service-unavailable", "Service temporarily unavailable",
                        "Too many request bodies are arriving at once; send it again shortly");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(broken -> context.vertx().cancelTimer(timer));
        request.endHandler(ended -> {
            context.vertx().cancelTimer(timer);
            context.setBody(body);
            context.next();
        });
        if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            // the client waits for this before it sends the body (RESTEasy Reactive would send it as it reads)
            context.response().writeContinue();
        }
        request.resume();
    }

    private void refuse(RoutingContext context, int status, String slug, String title, String detail) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Problem problem = new Problem(ProblemMappers.TYPE_BASE + slug, title, status, detail, request.path(), null);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(Buffer.buffer(bytes(problem)))
                .onComplete(written -> lingerThenClose(context));
    }

    private static void lingerThenClose(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.connection() == null) {
            return;
        }
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = context.vertx().setTimer(LINGER_MS, id -> request.connection().close());
        request.handler(dropped -> {
        });
        request.exceptionHandler(ignored -> {
        });
        request.endHandler(ended -> {
            context.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }

    private byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // "name: value\r\n"
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static Long declaredLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
