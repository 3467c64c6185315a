package io.salesplan.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.infra.OpenApiContract;
import io.salesplan.system.Suite.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small JSON client of the public APIs, shared by the system tests and the benchmarks. The static
 * methods call as an admin; {@link #as} calls as someone else (a manager, a rep, a CRM integration)
 * and {@link #anonymous()} with no token at all. Every answer of a service in {@link #VALIDATED} is
 * judged against that service's own OpenAPI document ({@link OpenApiContract}): one that contradicts it
 * fails the test that caused it.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Caller ADMIN = new Caller(Suite.tokens().forRole("admin", null));
    /** The services whose answers are judged against their OpenAPI documents. */
    static final Set<Service> VALIDATED = EnumSet.of(Service.GOALS, Service.PIPELINE, Service.ACTIVITY,
            Service.REVIEW);

    public record Response(int status, JsonNode body, String text, HttpResponse<String> raw) {
        public String id() {
            return body.path("id").asText();
        }
    }

    private Api() {
    }

    public static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    /** Requests with this bearer token. */
    public static Caller as(String token) {
        return new Caller(token);
    }

    /** Requests without any token. */
    public static Caller anonymous() {
        return new Caller(null);
    }

    public static Response get(Service service, String path) {
        return ADMIN.get(service, path);
    }

    public static Response post(Service service, String path, JsonNode body) {
        return ADMIN.post(service, path, body);
    }

    /** POST that must succeed (2xx); fails the caller with the problem otherwise. */
    public static JsonNode create(Service service, String path, JsonNode body) {
        return ADMIN.create(service, path, body);
    }

    public static Response send(Service service, String method, String path, JsonNode body) {
        return ADMIN.send(service, method, path, body, null);
    }

    /** A request with an {@code If-Match} header (when given). */
    public static Response send(Service service, String method, String path, JsonNode body, String ifMatch) {
        return ADMIN.send(service, method, path, body, ifMatch);
    }

    /** One caller's requests. */
    public static final class Caller {

        private final String token;

        private Caller(String token) {
            this.token = token;
        }

        public Response get(Service service, String path) {
            return send(service, "GET", path, null, null);
        }

        public Response post(Service service, String path, JsonNode body) {
            return send(service, "POST", path, body, null);
        }

        public Response patch(Service service, String path, JsonNode body) {
            return send(service, "PATCH", path, body, null);
        }

        /** POST that must succeed (2xx); fails the caller with the problem otherwise. */
        public JsonNode create(Service service, String path, JsonNode body) {
            Response r = post(service, path, body);
            if (r.status() / 100 != 2) {
                throw new AssertionError("POST " + path + " → " + r.status() + " " + r.text());
            }
            return r.body();
        }

        public Response send(Service service, String method, String path, JsonNode body, String ifMatch) {
            HttpResponse<String> response = raw(method, service.url() + path, body == null ? null : body.toString(),
                    body == null ? null : "application/json", ifMatch);
            if (VALIDATED.contains(service)) {
                judge(service, method, response);
            }
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            return new Response(response.statusCode(), json, response.body(), response);
        }

        /** Any request, the body as text (which may be malformed on purpose) of the given type (none if null). */
        public HttpResponse<String> raw(String method, String url, String body, String contentType, String ifMatch) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void judge(Service service, String method, HttpResponse<String> response) {
        List<String> violations = OpenApiContract.of(service.url()).violations(method, response.uri().getRawPath(),
                response.statusCode(), name -> response.headers().firstValue(name).orElse(null), response.body());
        if (!violations.isEmpty()) {
            throw new AssertionError("The response contradicts " + service.module + "'s OpenAPI document:\n  "
                    + String.join("\n  ", violations) + "\nResponse: " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
