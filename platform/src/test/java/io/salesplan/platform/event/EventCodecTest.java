package io.salesplan.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    record GoalCreated(String goalId, BigDecimal target, LocalDate periodStart) {
    }

    record GoalCreatedV1Reader(String goalId, BigDecimal target) {
    }

    private final EventCodec codec = new EventCodec();

    @Test
    void anEnvelopeRoundTripsAsStructuredCloudEvent() {
        EventEnvelope event = codec.envelope("/goals-service", "salesplan.goal.created.v1", "g-1",
                new GoalCreated("g-1", new BigDecimal("10000000.00"), LocalDate.of(2026, 1, 1)));
        String json = codec.write(event);
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"datacontenttype\":\"application/json\"",
                "\"periodStart\":\"2026-01-01\"", "\"subject\":\"g-1\"");
        EventEnvelope read = codec.read(json);
        assertThat(read).isEqualTo(event);
        assertThat(codec.data(read, GoalCreated.class).target()).isEqualByComparingTo("10000000");
    }

    @Test
    void anEventWrittenStraightToJsonIsTheTextOfItsEnvelope() {
        EventCodec fixed = new EventCodec(Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC));
        GoalCreated data = new GoalCreated("g-1", new BigDecimal("10000000.00"), LocalDate.of(2026, 1, 1));
        EventCodec.Written written = fixed.writeNew("/goals-service", "salesplan.goal.created.v1", "g-1", null, null, data);
        EventEnvelope envelope = fixed.envelope("/goals-service", "salesplan.goal.created.v1", "g-1", data);
        assertThat(written.json()).isEqualTo(fixed.write(envelope).replace(envelope.id(), written.id().toString()));
        assertThat(written.json()).doesNotContain("actor", "traceparent");
        assertThat(fixed.read(written.json()).id()).isEqualTo(written.id().toString());
    }

    @Test
    void theActorOfAnEventTravelsAsAnExtensionAttribute() {
        EventCodec fixed = new EventCodec(Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC));
        GoalCreated data = new GoalCreated("g-1", new BigDecimal("10000000.00"), LocalDate.of(2026, 1, 1));
        EventCodec.Written written = fixed.writeNew("/goals-service", "salesplan.goal.created.v1", "g-1", "user-7", null, data);
        EventEnvelope envelope = fixed.envelope("/goals-service", "salesplan.goal.created.v1", "g-1", data)
                .withActor("user-7");
        assertThat(written.json()).contains("\"actor\":\"user-7\"")
                .isEqualTo(fixed.write(envelope).replace(envelope.id(), written.id().toString()));
        assertThat(fixed.read(written.json()).actor()).isEqualTo("user-7");
    }

    @Test
    void theTraceOfTheWritingTransactionTravelsAsTheDistributedTracingAttribute() {
        EventCodec fixed = new EventCodec(Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456Z"), ZoneOffset.UTC));
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventCodec.Written written = fixed.writeNew("/goals-service", "salesplan.goal.created.v1", "g-1", "user-7",
                traceparent, new GoalCreated("g-1", BigDecimal.ONE, LocalDate.of(2026, 1, 1)));
        assertThat(written.json()).contains("\"traceparent\":\"" + traceparent + "\"");
        assertThat(fixed.read(written.json()).traceparent()).isEqualTo(traceparent);
    }

    @Test
    void aReaderIgnoresFieldsItDoesNotKnow() {
        EventEnvelope event = codec.envelope("/goals-service", "salesplan.goal.created.v1", "g-1",
                new GoalCreated("g-1", BigDecimal.TEN, LocalDate.of(2026, 1, 1)));
        assertThat(codec.data(codec.read(codec.write(event)), GoalCreatedV1Reader.class).goalId()).isEqualTo("g-1");
    }

    @Test
    void undecodableOrIncompleteEnvelopesAreMalformed() {
        assertThatThrownBy(() -> codec.read("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"source\":\"/x\",\"type\":\"t\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"t\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("specversion");
    }
}
