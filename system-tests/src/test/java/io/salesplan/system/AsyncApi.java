package io.salesplan.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The event contract, docs/asyncapi.yaml, for the tests that hold the producers to it: one message per
 * event type, its JSON Schemas (draft-07, AsyncAPI's default schema format) for the record value and
 * headers, and its examples.
 */
final class AsyncApi {

    /** Numbers stay exact (0.2525 stays 0.2525), as the services' own codec reads them. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    /** The IRI the document is registered under, so that its {@code $ref}s resolve inside it. */
    private static final String IRI = "https://salesplan.example/docs/asyncapi.json";

    /** One event type: its component key ({@code teamCreated}), type, topic and message object. */
    record Message(String key, String type, String topic, JsonNode node) {
        List<JsonNode> examples() {
            return StreamSupport.stream(node.path("examples").spliterator(), false).toList();
        }
    }

    private final JsonNode document;
    private final Map<String, Message> byType = new LinkedHashMap<>();
    private final Map<String, Schema> payloads = new LinkedHashMap<>();
    private final Map<String, Schema> headers = new LinkedHashMap<>();

    private AsyncApi(JsonNode document) {
        this.document = document;
        String json;
        try {
            json = JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemas(Map.of(IRI, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        document.path("channels").fields().forEachRemaining(channel -> {
            String topic = channel.getValue().path("address").asText();
            channel.getValue().path("messages").fields().forEachRemaining(entry -> {
                String pointer = entry.getValue().path("$ref").asText();
                String key = pointer.substring(pointer.lastIndexOf('/') + 1);
                JsonNode message = resolve(entry.getValue());
                String type = message.path("name").asText();
                byType.put(type, new Message(key, type, topic, message));
                payloads.put(type, registry.getSchema(SchemaLocation.of(IRI + "#/components/messages/" + key + "/payload")));
                headers.put(type, registry.getSchema(SchemaLocation.of(IRI + "#/components/messages/" + key + "/headers")));
            });
        });
    }

    /** Reads docs/asyncapi.yaml from the repository this test runs in. */
    static AsyncApi load() {
        try {
            return new AsyncApi(YAML.readTree(Files.readString(file())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/asyncapi.yaml");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/asyncapi.yaml not found above " + Path.of("").toAbsolutePath());
    }

    JsonNode document() {
        return document;
    }

    List<Message> messages() {
        return List.copyOf(byType.values());
    }

    Optional<Message> message(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /**
     * What is wrong with one record of the message's type: schema violations of its value and headers, and
     * fields the document does not mention (a producer may add an optional field to a version, but it must
     * be documented first; consumers ignore what they do not know). Empty when the record is as documented.
     */
    List<String> problems(Message message, String value, JsonNode recordHeaders) {
        List<String> problems = new ArrayList<>();
        payloads.get(message.type()).validate(value, InputFormat.JSON)
                .forEach(e -> problems.add("value " + e.getInstanceLocation() + ": " + e.getMessage()));
        headers.get(message.type()).validate(recordHeaders.toString(), InputFormat.JSON)
                .forEach(e -> problems.add("headers " + e.getInstanceLocation() + ": " + e.getMessage()));
        try {
            undocumented(List.of(message.node().path("payload")), JSON.readTree(value), "", problems);
        } catch (IOException e) {
            problems.add("value is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private void undocumented(List<JsonNode> schemas, JsonNode value, String path, List<String> problems) {
        if (value.isObject()) {
            Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
            schemas.forEach(schema -> collectProperties(schema, properties));
            if (properties.isEmpty()) {
                return;
            }
            value.fields().forEachRemaining(field -> {
                List<JsonNode> declared = properties.get(field.getKey());
                if (declared == null) {
                    problems.add(path + field.getKey() + " is not in docs/asyncapi.yaml: document it (an optional "
                            + "field keeps the version) or stop sending it");
                } else {
                    undocumented(declared, field.getValue(), path + field.getKey() + ".", problems);
                }
            });
        } else if (value.isArray()) {
            List<JsonNode> items = schemas.stream().map(this::resolve).map(s -> s.path("items"))
                    .filter(JsonNode::isObject).toList();
            for (int i = 0; i < value.size(); i++) {
                undocumented(items, value.get(i), path + "[" + i + "].", problems);
            }
        }
    }

    private void collectProperties(JsonNode schema, Map<String, List<JsonNode>> into) {
        JsonNode resolved = resolve(schema);
        resolved.path("properties").fields().forEachRemaining(p ->
                into.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue()));
        resolved.path("allOf").forEach(part -> collectProperties(part, into));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
