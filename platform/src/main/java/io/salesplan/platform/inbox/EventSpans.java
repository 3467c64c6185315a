package io.salesplan.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.salesplan.platform.telemetry.MessagingAttributes;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.MDC;

/**
 * The spans of one attempt to apply events in one transaction, one span per event, ended when the
 * transaction has committed or failed. An event delivered before (its id already in the inbox) ends
 * as a {@code duplicate} span, so a redelivery never looks like a second effect.
 */
final class EventSpans {

    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";

    private final InboxTelemetry telemetry;
    private final List<Span> spans;
    private final List<Consumed> events;
    private final BitSet fresh = new BitSet();

    EventSpans(InboxTelemetry telemetry, List<Span> spans, List<Consumed> events) {
        this.telemetry = telemetry;
        this.spans = spans;
        this.events = events;
    }

    /** The event at {@code index} is delivered for the first time: its effect is applied in this transaction. */
    void fresh(int index) {
        fresh.set(index);
    }

    /**
     * Makes a lone event's span current, with its id and type in the logging context, so that what
     * applying it does (statements, events it writes, log lines) belongs to its trace. Events applied
     * together share the transaction, not a trace: for them nothing is made current.
     */
    Scope currentIfAlone() {
        if (spans.size() != 1) {
            return Scope.noop();
        }
        Scope scope = spans.get(0).makeCurrent();
        MDC.put(EVENT_ID, events.get(0).event().id());
        MDC.put(EVENT_TYPE, events.get(0).event().type());
        return () -> {
            MDC.remove(EVENT_ID);
            MDC.remove(EVENT_TYPE);
            scope.close();
        };
    }

    /** The transaction committed: each event was applied or was a duplicate. */
    void committed() {
        Map<String, long[]> applied = new TreeMap<>();
        Map<String, long[]> duplicates = new TreeMap<>();
        for (int i = 0; i < spans.size(); i++) {
            String topic = events.get(i).record().topic();
            Span span = spans.get(i);
            if (fresh.get(i)) {
                span.setAttribute(MessagingAttributes.OUTCOME, "applied");
                applied.computeIfAbsent(topic, t -> new long[1])[0]++;
            } else {
                span.updateName(telemetry.duplicateSpanName());
                span.setAttribute(MessagingAttributes.OUTCOME, "duplicate");
                duplicates.computeIfAbsent(topic, t -> new long[1])[0]++;
            }
            span.end();
        }
        applied.forEach((topic, n) -> telemetry.applied(topic, n[0]));
        duplicates.forEach((topic, n) -> telemetry.duplicates(topic, n[0]));
    }

    /**
     * The transaction failed and nothing of it stays. Only the kind of failure is recorded: messages can
     * quote the data.
     */
    void failed(Throwable failure, boolean deadLettered) {
        for (Span span : spans) {
            span.setAttribute(MessagingAttributes.OUTCOME, deadLettered ? "dead-lettered" : "failed");
            span.setStatus(StatusCode.ERROR, failure.getClass().getName());
            span.end();
        }
    }
}
