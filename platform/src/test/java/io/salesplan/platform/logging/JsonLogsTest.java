package io.salesplan.platform.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TestCallers;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.testapp.EffectHandler;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The log lines operations read, as the console prints them in production: JSON with the service, the
 * trace and span ids, the event being applied; and never a token, a password, an e-mail or a note.
 */
@QuarkusTest
@TestProfile(JsonLogsTest.Production.class)
class JsonLogsTest {

    /** The production profile's logging: JSON on the console. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "li.wei@example.com";
    private static final String NOTE = "budget frozen until the merger closes";

    @Inject
    EventCodec codec;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void aFailingRequestWithATokenLogsItsTraceButNoTokenEmailOrNote() throws Exception {
        String token = TestCallers.manager(EMAIL);
        String forged = tampered(TestCallers.withRoles("ops-test", EMAIL, List.of("admin")));
        try (ConsoleLines console = ConsoleLines.capture()) {
            given().headers(TestCallers.bearer(token)).contentType("application/json")
                    .body(Map.of("email", EMAIL, "notes", NOTE, "password", "hunter2"))
                    .when().post("/api/test/notes")
                    .then().statusCode(500);
            given().headers(TestCallers.bearer(forged)).when().get("/api/test/READ_DEALS").then().statusCode(401);

            List<JsonNode> lines = await().atMost(Duration.ofSeconds(10)).until(() -> json(console.lines()),
                    l -> l.stream().anyMatch(n -> n.path("message").asText().startsWith("Unexpected failure")));
            JsonNode failure = lines.stream().filter(n -> n.path("message").asText().startsWith("Unexpected failure"))
                    .findFirst().orElseThrow(() -> new AssertionError("the 500 was not logged: " + console.lines()));
            assertThat(failure.path("level").asText()).isEqualTo("ERROR");
            assertThat(failure.path("service").asText()).isEqualTo("platform");
            assertThat(failure.path("mdc").path("traceId").asText()).matches("[0-9a-f]{32}");
            assertThat(failure.path("mdc").path("spanId").asText()).matches("[0-9a-f]{16}");
            assertThat(failure.path("exception").toString()).as("the database's complaint, without the row it quotes")
                    .contains("not-null constraint", "Failing row contains ([redacted])");

            for (String line : console.lines()) {
                assertThat(line).doesNotContain(token, forged, EMAIL, NOTE, "hunter2", token.split("\\.")[1]);
            }
        }
    }

    @Test
    void anEventThatCannotBeAppliedIsLoggedWithItsIdTypeAndTrace() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        EventEnvelope event = codec.envelope("/test", "salesplan.test.effect.v1", aggregate, new EffectHandler.Effect("fail"));
        try (ConsoleLines console = ConsoleLines.capture()) {
            topics.send("salesplan.reviews", aggregate, codec.write(event));
            JsonNode line = await().atMost(Duration.ofSeconds(30)).until(() -> json(console.lines()).stream()
                    .filter(n -> n.path("message").asText().contains("cannot be applied"))
                    .filter(n -> n.path("mdc").path("eventId").asText().equals(event.id()))
                    .findFirst().orElse(null), n -> n != null);
            assertThat(line.path("level").asText()).isEqualTo("WARN");
            assertThat(line.path("mdc").path("eventType").asText()).isEqualTo("salesplan.test.effect.v1");
            assertThat(line.path("mdc").path("traceId").asText()).matches("[0-9a-f]{32}");
            assertThat(line.path("service").asText()).isEqualTo("platform");
        }
    }

    /** The token with one character in the middle of its signature changed: well formed, but its signature fails. */
    private static String tampered(String token) {
        int at = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static List<JsonNode> json(List<String> lines) {
        return lines.stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON log line: " + line, e);
            }
        }).toList();
    }
}
