package io.salesplan.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of docs/asyncapi.yaml: the record value as written there, and the topic it goes to. Each
 * consuming service's {@code AsyncApiExamplesTest} publishes the examples of what it receives, so the
 * document stays the single source of the events' examples.
 */
public record AsyncApiExample(String topic, String type, JsonNode payload) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** The examples of every message the service receives, in the document's order. */
    public static List<AsyncApiExample> consumedBy(String service) {
        JsonNode doc = document();
        List<AsyncApiExample> examples = new ArrayList<>();
        for (JsonNode operation : doc.path("operations")) {
            if (operation.path("action").asText().equals("receive")
                    && operation.path("tags").findValuesAsText("name").contains(service)) {
                String topic = resolve(doc, operation.path("channel")).path("address").asText();
                for (JsonNode ref : operation.path("messages")) {
                    JsonNode message = resolve(doc, ref);
                    message.path("examples").forEach(e -> examples.add(
                            new AsyncApiExample(topic, message.path("name").asText(), e.path("payload"))));
                }
            }
        }
        return examples;
    }

    /** docs/asyncapi.yaml as a tree. */
    static JsonNode document() {
        try {
            return YAML.readTree(Files.readString(file()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node a {@code $ref} (or a chain of them) points to; the node itself when it is none. */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = doc.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static Path file() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs/asyncapi.yaml"))) {
                return dir.resolve("docs/asyncapi.yaml");
            }
        }
        throw new IllegalStateException("docs/asyncapi.yaml not found");
    }
}
