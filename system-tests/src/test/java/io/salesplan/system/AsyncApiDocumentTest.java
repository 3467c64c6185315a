package io.salesplan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplan.system.AsyncApi.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml holds together: it names every event type docs/events.md promises, each example is a
 * valid record of its type (the consumers' tests feed these examples to the consumers), and its check
 * refuses what a producer must not send.
 */
class AsyncApiDocumentTest {

    private static final AsyncApi API = AsyncApi.load();

    @Test
    void everyEventTypeOfDocsEventsMdIsAMessageAndNoOther() throws IOException {
        String eventsMd = Files.readString(AsyncApi.file().resolveSibling("events.md"));
        Set<String> promised = new TreeSet<>();
        Matcher m = Pattern.compile("`(salesplan\\.[a-z]+\\.[a-z-]+\\.v[0-9]+)`").matcher(eventsMd);
        while (m.find()) {
            promised.add(m.group(1));
        }
        assertThat(promised).hasSize(22);
        assertThat(API.messages()).extracting(Message::type).containsExactlyInAnyOrderElementsOf(promised);
    }

    @Test
    void everyExampleIsAValidRecordOfItsTypeOnItsTopic() {
        int examples = 0;
        for (Message message : API.messages()) {
            assertThat(message.examples()).as(message.type()).isNotEmpty();
            for (JsonNode example : message.examples()) {
                JsonNode payload = example.path("payload");
                assertThat(payload.path("type").asText()).isEqualTo(message.type());
                assertThat(API.problems(message, payload.toString(), example.path("headers")))
                        .as(message.type() + " example " + example.path("name").asText()).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(22);
    }

    @Test
    void everyTypeIsSentByOneServiceAndReceivedOnlyFromItsOwnTopic() {
        JsonNode operations = API.document().path("operations");
        List<String> sent = new ArrayList<>();
        Set<String> received = new HashSet<>();
        operations.forEach(op -> {
            String channel = op.path("channel").path("$ref").asText();
            for (JsonNode ref : op.path("messages")) {
                assertThat(ref.path("$ref").asText()).as("a message of the operation's own channel")
                        .startsWith(channel + "/messages/");
                String key = ref.path("$ref").asText().substring(ref.path("$ref").asText().lastIndexOf('/') + 1);
                if (op.path("action").asText().equals("send")) {
                    sent.add(key);
                } else {
                    received.add(key);
                }
            }
        });
        assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                API.messages().stream().map(Message::key).toList());
        assertThat(received).as("every consumed type has a producer").isSubsetOf(sent);
    }

    @Test
    void theCheckRefusesAWrongTypeAMissingFieldAnUnknownFieldAndABadHeader() {
        Message goalCreated = API.message("salesplan.goal.created.v1").orElseThrow();
        JsonNode example = goalCreated.examples().get(0);

        ObjectNode textTarget = example.path("payload").deepCopy();
        ((ObjectNode) textTarget.path("data")).put("targetValue", "2500000.00");
        assertThat(API.problems(goalCreated, textTarget.toString(), example.path("headers")))
                .anyMatch(p -> p.contains("targetValue"));

        ObjectNode fiveDecimals = example.path("payload").deepCopy();
        ((ObjectNode) fiveDecimals.path("data")).put("targetValue", new java.math.BigDecimal("0.25255"));
        assertThat(API.problems(goalCreated, fiveDecimals.toString(), example.path("headers")))
                .anyMatch(p -> p.contains("targetValue") && p.contains("multiple"));

        ObjectNode noVersion = example.path("payload").deepCopy();
        ((ObjectNode) noVersion.path("data")).remove("version");
        assertThat(API.problems(goalCreated, noVersion.toString(), example.path("headers")))
                .anyMatch(p -> p.contains("version"));

        ObjectNode extra = example.path("payload").deepCopy();
        ((ObjectNode) extra.path("data")).put("description", "not part of the event");
        extra.put("partitionkey", "x");
        assertThat(API.problems(goalCreated, extra.toString(), example.path("headers")))
                .contains("data.description is not in docs/asyncapi.yaml: document it (an optional field keeps the "
                        + "version) or stop sending it")
                .anyMatch(p -> p.startsWith("partitionkey is not in"));

        ObjectNode wrongType = example.path("payload").deepCopy();
        wrongType.put("type", "salesplan.goal.updated.v1").put("source", "/review-service").put("time", "yesterday");
        assertThat(API.problems(goalCreated, wrongType.toString(), example.path("headers")))
                .anyMatch(p -> p.contains("type")).anyMatch(p -> p.contains("source")).anyMatch(p -> p.contains("time"));

        assertThat(API.problems(goalCreated, example.path("payload").toString(),
                AsyncApi.JSON.createObjectNode().put("content-type", "application/json")))
                .anyMatch(p -> p.startsWith("headers "));
    }
}
