package io.salesplan.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.system.Suite.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client of the public APIs, shared by the system tests and the benchmarks. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    public static Response get(Service service, String path) {
        return send(service, "GET", path, null);
    }

    public static Response post(Service service, String path, JsonNode body) {
        return send(service, "POST", path, body);
    }

    /** POST that must succeed (2xx); fails the caller with the problem otherwise. */
    public static JsonNode create(Service service, String path, JsonNode body) {
        Response r = post(service, path, body);
        if (r.status() / 100 != 2) {
            throw new AssertionError("POST " + path + " → " + r.status() + " " + r.text());
        }
        return r.body();
    }

    public static Response send(Service service, String method, String path, JsonNode body) {
        return send(service, method, path, body, null);
    }

    /** A request with an {@code If-Match} header (when given). */
    public static Response send(Service service, String method, String path, JsonNode body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            return new Response(response.statusCode(), json, response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
