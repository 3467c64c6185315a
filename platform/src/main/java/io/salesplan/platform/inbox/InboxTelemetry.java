package io.salesplan.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.telemetry.MessagingAttributes;
import io.salesplan.platform.telemetry.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What the inbox tells operations: a span per event it applies, continuing the trace the event came
 * with, and per topic the events applied, skipped as duplicates, retried and dead-lettered, and the
 * consumer's lag.
 */
@ApplicationScoped
public class InboxTelemetry {

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final MeterRegistry registry;
    private final String applySpan;
    private final String duplicateSpan;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();

    public InboxTelemetry(OpenTelemetry telemetry, MeterRegistry registry, PlatformConfig config) {
        this.tracer = telemetry.getTracer("io.salesplan.platform.inbox");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.registry = registry;
        this.applySpan = config.serviceName() + " apply";
        this.duplicateSpan = config.serviceName() + " duplicate";
    }

    /** Starts the spans of one attempt to apply these events together, in one transaction. */
    EventSpans start(List<Consumed> events, String group) {
        return new EventSpans(this, events.stream().map(c -> span(c, group)).toList(), events);
    }

    private Span span(Consumed consumed, String group) {
        Context parent = propagator.extract(Context.root(), consumed.record().headers(), TraceContext.HEADER_GETTER);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            parent = TraceContext.fromTraceparent(consumed.event().traceparent());
        }
        return tracer.spanBuilder(applySpan)
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute(MessagingAttributes.SYSTEM, "kafka")
                .setAttribute(MessagingAttributes.OPERATION, "process")
                .setAttribute(MessagingAttributes.DESTINATION, consumed.record().topic())
                .setAttribute(MessagingAttributes.CONSUMER_GROUP, group)
                .setAttribute(MessagingAttributes.MESSAGE_ID, consumed.event().id())
                .setAttribute(MessagingAttributes.EVENT_TYPE, consumed.event().type())
                .startSpan();
    }

    String duplicateSpanName() {
        return duplicateSpan;
    }

    void applied(String topic, long events) {
        counter("salesplan.inbox.applied", "Events applied (first deliveries, committed with their effect)", topic)
                .increment(events);
    }

    void duplicates(String topic, long events) {
        counter("salesplan.inbox.duplicates", "Redelivered events skipped: their id was in the inbox already", topic)
                .increment(events);
    }

    /** Events read or applied again: one by one after their batch failed, after a failed attempt, or after an outage. */
    void retried(String topic, long events) {
        counter("salesplan.inbox.retried", "Events applied again after a failed attempt or an outage", topic)
                .increment(events);
    }

    void deadLettered(String topic) {
        counter("salesplan.inbox.dead.lettered", "Records sent to <topic>.dlt because they can never be applied", topic)
                .increment();
    }

    private Counter counter(String name, String description, String topic) {
        return Counter.builder(name).description(description).tag("topic", topic).register(registry);
    }

    /** Starts reporting the lag of a consumed topic, 0 until the consumer measures it. */
    void consumes(String topic) {
        lag.computeIfAbsent(topic, t -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("salesplan.inbox.lag", value, AtomicLong::get)
                    .description("Records of the topic not yet fetched by this replica's consumer, over its partitions")
                    .tag("topic", t)
                    .baseUnit("records")
                    .register(registry);
            return value;
        });
    }

    /**
     * The lag of each consumed topic over the partitions this consumer holds now, from what its last
     * fetches learnt (no request to Kafka); a topic it holds no partition of counts 0 here.
     */
    void measureLag(Consumer<?, ?> consumer) {
        Map<String, Long> byTopic = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong partitionLag = consumer.currentLag(partition);
            if (partitionLag.isPresent()) {
                byTopic.merge(partition.topic(), partitionLag.getAsLong(), Long::sum);
            }
        }
        lag.forEach((topic, value) -> value.set(byTopic.getOrDefault(topic, 0L)));
    }
}
