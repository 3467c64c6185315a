package io.salesplan.platform.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.javahttpclient.JavaHttpClientTelemetry;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Actors;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Asks another service's public API about a resource this service has not heard of through events
 * yet (for example a rep created a moment ago). A 404 there means the reference is unknown; when
 * the other service cannot answer, the caller gets a 503 with {@code Retry-After} instead of
 * storing something unverified. The look-up forwards the caller's own bearer token, so the other
 * service answers with the caller's roles and scope (docs/decisions.md says why not a service token).
 * Each look-up is a client span whose context travels in the request's {@code traceparent} header, so the
 * other service's work joins the caller's trace.
 */
@Singleton
public class RemoteLookup {

    private static final Logger LOG = Logger.getLogger(RemoteLookup.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client;
    private final EventCodec codec;
    private final Actors actors;

    public RemoteLookup(EventCodec codec, Actors actors, OpenTelemetry telemetry) {
        this.codec = codec;
        this.actors = actors;
        this.client = JavaHttpClientTelemetry.create(telemetry)
                .newHttpClient(HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    /**
     * GETs {@code baseUrl + path}.
     *
     * @return the JSON body when the resource exists, empty when the other service answers 404
     * @throws ApiException 503 when the other service is unreachable, slow or failing
     */
    public Optional<JsonNode> find(String service, String baseUrl, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        String token = actors.currentToken();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                LOG.warnf("%s refused a forwarded token (%d) on GET %s; check that both trust the same issuer and audience",
                        service, response.statusCode(), path);
                throw unavailable(service);
            }
            if (response.statusCode() != 200) {
                throw unavailable(service);
            }
            return Optional.of(codec.mapper().readTree(response.body()));
        } catch (IOException e) {
            throw unavailable(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service);
        }
    }

    private static ApiException unavailable(String service) {
        return ApiException.unavailable(service + " cannot be reached to verify the reference; try again shortly", 5);
    }
}
