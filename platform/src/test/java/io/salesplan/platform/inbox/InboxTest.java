package io.salesplan.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.testapp.EffectHandler;
import io.salesplan.platform.testapp.Sql;
import io.salesplan.platform.testapp.VersionedHandler;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    private static final String TOPIC = "salesplan.reviews";

    @Inject
    EffectHandler handler;

    @Inject
    VersionedHandler idempotent;

    @Inject
    Sql sql;

    @Inject
    EventCodec codec;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String aggregate = UUID.randomUUID().toString();
        String event = event(aggregate, "once");
        topics.send(TOPIC, aggregate, event);
        topics.send(TOPIC, aggregate, event);
        topics.send(TOPIC, aggregate, event(aggregate, "marker"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handler.effects(aggregate) >= 2);
        assertThat(handler.effects(aggregate)).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsApplied() {
        String aggregate = UUID.randomUUID().toString();
        topics.send(TOPIC, aggregate, "{not json at all " + aggregate);
        topics.send(TOPIC, aggregate, event(aggregate, "after-poison"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handler.effects(aggregate) == 1);
        ConsumerRecord<String, String> dead = topics.await(TOPIC + ".dlt", r -> aggregate.equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(dead.value()).contains("{not json at all");
        assertThat(new String(dead.headers().lastHeader(InboxConsumer.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("not a CloudEvents JSON envelope");
    }

    @Test
    void anEventWhoseEffectAlwaysFailsIsDeadLetteredWithoutBlockingItsPartition() {
        String aggregate = UUID.randomUUID().toString();
        String failing = event(aggregate, "fail");
        topics.send(TOPIC, aggregate, failing);
        topics.send(TOPIC, aggregate, event(aggregate, "after-failure"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handler.effects(aggregate) == 1);
        ConsumerRecord<String, String> dead = topics.await(TOPIC + ".dlt", r -> aggregate.equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(codec.read(dead.value()).id()).isEqualTo(codec.read(failing).id());
        assertThat(new String(dead.headers().lastHeader(InboxConsumer.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("this event always fails");
    }

    @Test
    void anEventOfUnknownTypeIsDeadLettered() {
        String aggregate = UUID.randomUUID().toString();
        EventEnvelope unknown = codec.envelope("/elsewhere", "salesplan.unknown.v1", aggregate,
                new EffectHandler.Effect("x"));
        topics.send(TOPIC, aggregate, codec.write(unknown));
        ConsumerRecord<String, String> dead = topics.await(TOPIC + ".dlt", r -> aggregate.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(new String(dead.headers().lastHeader(InboxConsumer.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("unknown event type salesplan.unknown.v1");
        assertThat(handler.effects(aggregate)).isZero();
    }

    @Test
    void anIdempotentHandlersEventsAreHandedOverInOrderAndLeaveNoInboxRow() {
        String aggregate = UUID.randomUUID().toString();
        List<String> events = List.of(event(aggregate, "v1"), event(aggregate, "v2"), event(aggregate, "v3"));
        events.forEach(event -> topics.send("salesplan.pipeline", aggregate, event));
        await().atMost(Duration.ofSeconds(30)).until(() -> idempotent.handed(aggregate).size() >= 3);
        assertThat(idempotent.handed(aggregate)).containsExactly("v1", "v2", "v3");

        // a redelivery in a later poll is the handler's to ignore: the inbox no longer filters it
        topics.send("salesplan.pipeline", aggregate, events.get(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> idempotent.handed(aggregate).size() >= 4);
        assertThat(idempotent.handed(aggregate)).containsExactly("v1", "v2", "v3", "v2");
        assertThat(sql.count("select count(*) from inbox_event where topic = 'salesplan.pipeline'"))
                .as("no inbox row for an idempotent handler's events").isZero();
        // the inbox still records the events of the other handlers
        String other = UUID.randomUUID().toString();
        String recorded = event(other, "recorded");
        topics.send(TOPIC, other, recorded);
        await().atMost(Duration.ofSeconds(30)).until(() -> handler.effects(other) == 1);
        assertThat(sql.count("select count(*) from inbox_event where event_id = ?", codec.read(recorded).id())).isOne();
    }

    private String event(String aggregate, String note) {
        return codec.write(codec.envelope("/test", "salesplan.test.effect.v1", aggregate, new EffectHandler.Effect(note)));
    }
}
