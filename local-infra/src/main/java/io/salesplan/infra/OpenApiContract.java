package io.salesplan.infra;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's own OpenAPI 3.1 document, read from its {@code /q/openapi}, as a judge of its answers:
 * {@link #violations} lists every way a response contradicts the operation it answers — a status the
 * operation does not declare, a declared header missing or of the wrong form, a content type it does not
 * declare, a body that does not match the declared JSON Schema (JSON Schema 2020-12 through the
 * OpenAPI 3.1 dialect of networknt's validator, so {@code type: [X, "null"]}, {@code anyOf} with
 * {@code null}, {@code required} and enums mean what they say).
 *
 * <p>Only operations under {@code /api/} are judged. A request the document has no operation for is
 * judged only when it succeeded (then the document is missing an operation); a refusal of something the
 * API does not offer (404, 405) is not an answer of any operation.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, OpenApiContract> BY_ORIGIN = new ConcurrentHashMap<>();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final String documentUri;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(Pattern pattern, String template, int literals) {
    }

    OpenApiContract(String documentUri, String documentJson) {
        this.documentUri = documentUri;
        this.document = JSON.readTree(documentJson);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(documentUri, documentJson)));
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            String template = path.getKey();
            String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            routes.add(new Route(Pattern.compile(regex), template, template.replaceAll("\\{[^}]+}", "").length()));
        }
        // a literal segment wins over a template (/activities/batch before /activities/{id})
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    /** The document the service at {@code origin} (scheme, host and port) serves, read once. */
    public static OpenApiContract of(String origin) {
        return BY_ORIGIN.computeIfAbsent(origin, o -> {
            String url = o + "/q/openapi?format=json";
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
                }
                return new OpenApiContract(url, response.body());
            } catch (IOException e) {
                throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Forgets the documents read so far (a test that restarts a service with another document). */
    public static void forget() {
        BY_ORIGIN.clear();
    }

    /**
     * Every way the response contradicts the document; empty when it keeps to it.
     *
     * @param header a response header's value by name (case-insensitive), or null when absent
     */
    public List<String> violations(String method, String path, int status, Function<String, String> header,
            String body) {
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        String verb = method.toLowerCase(Locale.ROOT);
        Optional<String> template = template(verb, path);
        if (template.isEmpty()) {
            return status < 400 ? List.of(method + " " + path + " answered " + status
                    + " but the document has no such operation") : List.of();
        }
        String operation = method.toUpperCase(Locale.ROOT) + " " + template.get();
        JsonNode responses = document.path("paths").path(template.get()).path(verb).path("responses");
        String key = String.valueOf(status);
        if (!responses.has(key)) {
            key = responses.has(status / 100 + "XX") ? status / 100 + "XX" : "default";
        }
        if (!responses.has(key)) {
            return List.of(operation + " answered " + status + ", which the document does not declare (it declares "
                    + String.join(", ", responses.propertyNames()) + ")");
        }
        JsonNode response = resolve(responses.get(key));
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> declared : response.path("headers").properties()) {
            checkHeader(operation, status, declared.getKey(), resolve(declared.getValue()), header.apply(declared.getKey()),
                    violations);
        }
        checkBody(operation, status, response, header.apply("Content-Type"), body, violations);
        return violations;
    }

    private Optional<String> template(String verb, String path) {
        return routes.stream().filter(r -> r.pattern().matcher(path).matches())
                .map(Route::template)
                .filter(t -> document.path("paths").path(t).has(verb))
                .findFirst();
    }

    private void checkHeader(String operation, int status, String name, JsonNode declared, String value,
            List<String> violations) {
        if (value == null) {
            if (declared.path("required").asBoolean(false)) {
                violations.add(operation + " " + status + " lacks the required header " + name);
            }
            return;
        }
        JsonNode schema = declared.path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        JsonNode instance;
        String type = resolve(schema).path("type").asString("");
        if (type.equals("integer") || type.equals("number")) {
            try {
                instance = JSON.getNodeFactory().numberNode(new BigDecimal(value.trim()));
            } catch (NumberFormatException e) {
                violations.add(operation + " " + status + " header " + name + ": '" + value + "' is not a number");
                return;
            }
        } else {
            instance = JSON.getNodeFactory().stringNode(value);
        }
        schema(schema).validate(instance).forEach(error ->
                violations.add(operation + " " + status + " header " + name + " '" + value + "': " + error));
    }

    private void checkBody(String operation, int status, JsonNode response, String contentType, String body,
            List<String> violations) {
        JsonNode content = response.path("content");
        boolean empty = body == null || body.isEmpty();
        if (empty) {
            if (content.size() > 0 && status != 204 && status != 304) {
                violations.add(operation + " " + status + " declares a body (" + String.join(", ", content.propertyNames())
                        + ") but sent none");
            }
            return;
        }
        if (content.size() == 0) {
            violations.add(operation + " " + status + " sent a body although the document declares none");
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode declared = content.get(mediaType);
        if (declared == null) {
            declared = content.get(mediaType.replaceAll("/.*", "/*"));
        }
        if (declared == null) {
            declared = content.get("*/*");
        }
        if (declared == null) {
            violations.add(operation + " " + status + " answered " + (mediaType.isEmpty() ? "without a Content-Type"
                    : mediaType) + "; the document declares " + String.join(", ", content.propertyNames()));
            return;
        }
        if (!declared.has("schema") || !(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            return;
        }
        schema(declared.get("schema")).validate(body, InputFormat.JSON).forEach(error ->
                violations.add(operation + " " + status + " body: " + error));
    }

    /** A response, header or parameter that is a reference to one in components. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asString().startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String token : ref.asString().substring(2).split("/")) {
            target = target.path(token.replace("~1", "/").replace("~0", "~"));
        }
        return target.isMissingNode() ? node : resolve(target);
    }

    /**
     * The schema as a JSON Schema whose references ({@code #/components/schemas/…}) point into the
     * document, so an inline schema is judged with the named ones it uses.
     */
    private Schema schema(JsonNode schema) {
        return schemas.computeIfAbsent(schema.toString(), text -> {
            JsonNode absolute = absoluteRefs(schema.deepCopy());
            return registry.getSchema(SchemaLocation.of("urn:salesplan:response:" + SCHEMAS.incrementAndGet()), absolute);
        });
    }

    private JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
                object.put("$ref", documentUri + ref.asString());
            }
            object.properties().forEach(e -> absoluteRefs(e.getValue()));
        } else if (node.isArray()) {
            node.values().forEach(this::absoluteRefs);
        }
        return node;
    }
}
