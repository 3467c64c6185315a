package io.salesplan.system;

import static io.salesplan.system.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.salesplan.infra.Topics;
import io.salesplan.infra.TopicClient;
import io.salesplan.system.AsyncApi.Message;
import io.salesplan.system.Suite.Service;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * What the producers really publish is what docs/asyncapi.yaml says: a scenario of its own makes every
 * documented event type appear, then every record on the four topics (this test's and every other test's
 * that ran before it in this suite) is read by the official CloudEvents SDK's Kafka deserializer and is
 * validated against its type's JSON Schemas, and must carry no field
 * the document does not mention. The scenario's win-rate target of 0.2525 reaches review-service exactly.
 */
class EventContractIT {

    /** FaultToleranceIT writes an undecodable record on purpose, keyed so; no producer wrote it. */
    private static final String INJECTED_BY_TESTS = "poison-";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Set<String> subjects = new HashSet<>();

    @Test
    void everyRecordOnTheFourTopicsIsAsDocumentedAndEveryTypeAppears() {
        Suite suite = Suite.get();
        AsyncApi contract = AsyncApi.load();
        String winRateGoal = scenario();

        TopicClient topics = new TopicClient(suite.kafkaBootstrapServers());
        Set<String> documented = new TreeSet<>(contract.messages().stream().map(Message::type).toList());
        // the reminder job runs every 30 s, so the due-soon and overdue events may take that long
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> typesAbout(topics).containsAll(documented));

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String topic : Topics.EVENT_TOPICS) {
            for (ConsumerRecord<String, String> record : topics.readAll(topic)) {
                if (record.key() != null && record.key().startsWith(INJECTED_BY_TESTS)) {
                    continue;
                }
                checked++;
                problems.addAll(check(contract, record).stream()
                        .map(p -> topic + " " + record.partition() + "@" + record.offset() + ": " + p).toList());
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(documented.size());
        assertThat(problems.stream().limit(30).toList())
                .as(problems.size() + " problems in " + checked + " records; the first ones").isEmpty();

        String winRate = "/api/v1/reviews/goals/" + winRateGoal + "?asOf=2026-03-31";
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.get(Service.REVIEW, winRate).status() == 200);
        assertThat(Api.get(Service.REVIEW, winRate).body().path("target").decimalValue()).as("goals → review, exactly")
                .isEqualByComparingTo("0.2525");
    }

    private List<String> check(AsyncApi contract, ConsumerRecord<String, String> record) {
        JsonNode value;
        try {
            value = AsyncApi.JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            return List.of("value is not JSON: " + e.getOriginalMessage());
        }
        String type = value.path("type").asText();
        Message message = contract.message(type).orElse(null);
        if (message == null) {
            return List.of("type '" + type + "' is not in docs/asyncapi.yaml");
        }
        List<String> problems = new ArrayList<>(contract.problems(message, record.value(), headers(record)));
        if (!message.topic().equals(record.topic())) {
            problems.add(type + " belongs on " + message.topic());
        }
        if (!value.path("subject").asText().equals(record.key())) {
            problems.add("key " + record.key() + " is not the subject " + value.path("subject").asText());
        }
        problems.addAll(readByTheCloudEventsSdk(record, value));
        return problems.stream().map(p -> type + " " + value.path("id").asText() + " " + p).toList();
    }

    /**
     * What an integrator's consumer sees: the official SDK's Kafka deserializer (the protocol binding,
     * structured mode through the content-type header) must read the record, with our id, type, subject
     * and actor.
     */
    private static List<String> readByTheCloudEventsSdk(ConsumerRecord<String, String> record, JsonNode value) {
        CloudEvent event;
        try (CloudEventDeserializer sdk = new CloudEventDeserializer()) {
            event = sdk.deserialize(record.topic(), record.headers(), record.value().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return List.of("the CloudEvents SDK cannot read it: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (!event.getId().equals(value.path("id").asText()) || !event.getType().equals(value.path("type").asText())
                || !value.path("subject").asText().equals(event.getSubject())) {
            problems.add("the CloudEvents SDK reads id/type/subject " + event.getId() + "/" + event.getType() + "/"
                    + event.getSubject());
        }
        Object actor = event.getExtension("actor");
        if (value.has("actor") && !value.path("actor").asText().equals(String.valueOf(actor))) {
            problems.add("the CloudEvents SDK reads actor " + actor);
        }
        return problems;
    }

    private static ObjectNode headers(ConsumerRecord<String, String> record) {
        ObjectNode headers = AsyncApi.JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** The event types on the topics about this test's own aggregates. */
    private Set<String> typesAbout(TopicClient topics) throws IOException {
        Set<String> types = new TreeSet<>();
        for (String topic : Topics.EVENT_TOPICS) {
            for (ConsumerRecord<String, String> record : topics.readAll(topic)) {
                if (subjects.contains(record.key())) {
                    types.add(AsyncApi.JSON.readTree(record.value()).path("type").asText());
                }
            }
        }
        return types;
    }

    /** Does, through the public APIs, what makes each documented event type appear; returns the win-rate goal. */
    private String scenario() {
        String team = keep(Api.create(Service.GOALS, "/api/v1/teams", obj().put("name", "Contract " + run)));
        String rep = keep(Api.create(Service.GOALS, "/api/v1/reps", obj().put("name", "Contract rep")
                .put("teamId", team).put("email", "contract." + run + "@example.com")));
        ok(Api.send(Service.GOALS, "PATCH", "/api/v1/teams/" + team, obj().put("managerId", rep)));
        ok(Api.send(Service.GOALS, "PATCH", "/api/v1/reps/" + rep, obj().put("name", "Contract rep, renamed")));
        String revenue = keep(Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Contract revenue")
                .put("type", "KEY_RESULT").put("ownerType", "TEAM").put("ownerId", team).put("period", "2026-Q1")
                .put("metric", "REVENUE_WON").put("targetValue", 100_000)));
        ok(Api.send(Service.GOALS, "PATCH", "/api/v1/goals/" + revenue, obj().put("targetValue", 90_000)));
        String winRate = keep(Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Contract win rate")
                .put("type", "KPI").put("ownerType", "REP").put("ownerId", rep).put("period", "2026-Q1")
                .put("metric", "WIN_RATE").put("targetValue", new BigDecimal("0.2525"))));
        String dropped = keep(Api.create(Service.GOALS, "/api/v1/goals", obj().put("title", "Contract deals")
                .put("type", "KPI").put("ownerType", "REP").put("ownerId", rep).put("period", "2026")
                .put("metric", "DEALS_WON").put("targetValue", 3)));
        ok(Api.send(Service.GOALS, "DELETE", "/api/v1/goals/" + dropped, null));

        keep(Api.create(Service.PIPELINE, "/api/v1/pipelines", obj().put("name", "Contract " + run)));
        String account = keep(Api.create(Service.PIPELINE, "/api/v1/accounts", obj().put("name", "Contract " + run)));
        ok(Api.send(Service.PIPELINE, "PATCH", "/api/v1/accounts/" + account, obj().put("name", "Contract Co. " + run)));
        String deal = keep(Api.create(Service.PIPELINE, "/api/v1/opportunities", obj().put("name", "Contract deal")
                .put("accountId", account).put("ownerId", rep).put("amount", 1000).put("expectedCloseDate", "2026-03-31")
                .put("createdAt", "2026-01-10T09:00:00Z")));
        ok(Api.send(Service.PIPELINE, "PATCH", "/api/v1/opportunities/" + deal, obj().put("amount", 1200.5)));
        ok(Api.post(Service.PIPELINE, "/api/v1/opportunities/" + deal + "/stage", obj().put("stage", "WON")
                .put("at", "2026-02-01T12:00:00Z")));

        String visit = keep(Api.create(Service.ACTIVITY, "/api/v1/activities", obj().put("type", "VISIT")
                .put("ownerId", rep).put("opportunityId", deal).put("occurredAt", "2026-02-01T10:00:00Z")
                .put("durationMinutes", 30).put("source", "contract-" + run).put("externalId", "visit-1")));
        ok(Api.send(Service.ACTIVITY, "PATCH", "/api/v1/activities/" + visit, obj().put("type", "MEETING")));
        ok(Api.send(Service.ACTIVITY, "DELETE", "/api/v1/activities/" + visit, null));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        keep(Api.create(Service.ACTIVITY, "/api/v1/tasks", task(rep, deal, "due soon", now.plusMinutes(10))));
        keep(Api.create(Service.ACTIVITY, "/api/v1/tasks", task(rep, deal, "overdue", now.minusMinutes(1))));
        String done = keep(Api.create(Service.ACTIVITY, "/api/v1/tasks", task(rep, deal, "done", now.plusDays(1))));
        keep(Api.create(Service.ACTIVITY, "/api/v1/tasks/" + done + "/complete", obj()).path("activityId").asText());

        // the retrospective's scope and its adjustment's goal must have reached review-service
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.get(Service.REVIEW, "/api/v1/reviews/goals/" + revenue).status() == 200);
        AtomicReference<Api.Response> created = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            created.set(Api.post(Service.REVIEW, "/api/v1/retrospectives", obj().put("cadence", "QUARTERLY")
                    .put("scopeType", "TEAM").put("scopeId", team).put("period", "2026-Q1")));
            return created.get().status() != 422;
        });
        Api.Response retro = created.get();
        assertThat(retro.status()).as(retro.text()).isEqualTo(201);
        String retroId = keep(retro.body());
        ObjectNode patch = obj();
        patch.putArray("actions").addObject().put("description", "Lower the target").put("ownerId", rep)
                .put("dueDate", "2026-04-15").putObject("adjustment").put("goalId", revenue)
                .put("newTargetValue", 80_000).put("reason", "Contract check");
        ok(Api.send(Service.REVIEW, "PATCH", "/api/v1/retrospectives/" + retroId, patch,
                retro.raw().headers().firstValue("etag").orElseThrow()));
        ok(Api.post(Service.REVIEW, "/api/v1/retrospectives/" + retroId + "/close", null));
        return winRate;
    }

    private static ObjectNode task(String owner, String deal, String title, OffsetDateTime due) {
        return obj().put("title", "Contract " + title).put("type", "CALL").put("ownerId", owner)
                .put("opportunityId", deal).put("dueAt", due.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** Remembers an aggregate this test created (its id, or the id field of the answer) and returns its id. */
    private String keep(JsonNode created) {
        return keep(created.path("id").asText());
    }

    private String keep(String id) {
        assertThat(id).isNotBlank();
        subjects.add(id);
        return id;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status() / 100).as(response.text()).isEqualTo(2);
    }
}
